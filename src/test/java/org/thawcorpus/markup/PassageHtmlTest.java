package org.thawcorpus.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.thawcorpus.citation.export.Formatted;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A passage's HTML shows its source text as text, never as markup, and its runs, stripped
 * of their tags, are the passage's text.
 */
class PassageHtmlTest {

	private static final String HOSTILE = "<script>alert(\"x\")</script> Tom & Jerry's \"Thaw\" <b>bold</b> &amp; "
			+ "<img src=x onerror=alert(1)> <!-- note --> ]]> Хрущёв";

	private final PassageHtml html = new PassageHtml("", "a-slug",
			Map.of("7", new Formatted("Anna Author, <i>A Book</i> (1990).", "Anna Author, A Book (1990).")),
			(anchor) -> "/documents/a-slug?page=2#" + anchor);

	@Test
	void sourceTextWithMarkupIsShownAsTextNeverAsElements() {
		int script = HOSTILE.indexOf("<script>");
		int bold = HOSTILE.indexOf("<b>");
		PassageView passage = view(HOSTILE,
				List.of(new Mark(script, script + 30, Mark.Type.ANNOTATION, "x\"><script>", "Person: <script>\"'&"),
						new Mark(bold, bold + 11, Mark.Type.HIGHLIGHT, "match", null)));

		String written = this.html.passage(passage);

		assertThat(written).doesNotContain("<script").doesNotContain("<b>").doesNotContain("<img");
		Element page = Jsoup.parseBodyFragment(written).body();
		assertThat(page.select("script, b, img, i")).isEmpty();
		assertThat(page.selectFirst("p.passage-text").wholeText()).isEqualTo(HOSTILE);
		Element link = page.selectFirst("a.ann");
		assertThat(link.attr("data-entity")).isEqualTo("Person: <script>\"'&");
		assertThat(link.attr("href")).isEqualTo("/entities/x%22%3E%3Cscript%3E");
		assertThat(link.attr("aria-label"))
			.isEqualTo(HOSTILE.substring(script, script + 30) + " (Person: <script>\"'&)");
		assertThat(page.selectFirst("mark").text()).isEqualTo("<b>bold</b>");
	}

	@Test
	void aCitationIsFollowedByItsMarkerItsNoteAndItsEntry() {
		String text = "As one historian wrote (Author 1990, p. 3) & more.";
		int start = text.indexOf('(');
		int end = text.indexOf(')') + 1;
		PassageView passage = new PassageView("p4", 4, text, 10, 11,
				PassageMarkup.segments(text, List.of(new Mark(start, end, Mark.Type.CITATION, "7", "2"))),
				List.of(new PassageView.CitationRef(7, 2, "(Author 1990, p. 3)", "ref-1")));

		Element page = Jsoup.parseBodyFragment(this.html.passage(passage)).body();

		assertThat(page.selectFirst("div.passage").id()).isEqualTo("p4");
		assertThat(page.selectFirst("a.passage-number").attr("href")).isEqualTo("#p4");
		assertThat(page.selectFirst("a.passage-number").attr("aria-label")).isEqualTo("Passage 4, permalink");
		assertThat(page.selectFirst("a.passage-anchor").attr("href"))
			.isEqualTo("/documents/a-slug/source?lines=10-11#L10");
		assertThat(page.selectFirst("a.passage-cite").attr("href")).isEqualTo("/documents/a-slug/cite/p4");
		assertThat(page.selectFirst("span.cited").attr("data-citation")).isEqualTo("7");
		assertThat(page.selectFirst("span.cited").text()).isEqualTo("(Author 1990, p. 3)");
		Element marker = page.selectFirst("a.cite-marker");
		assertThat(marker.text()).isEqualTo("[2]");
		assertThat(marker.attr("href")).isEqualTo("/citations/7");
		assertThat(marker.attr("aria-describedby")).isEqualTo("cite-tip-7");
		assertThat(page.selectFirst("#cite-tip-7").html()).isEqualTo("Anna Author, <i>A Book</i> (1990).");
		assertThat(page.selectFirst("a.cite-entry").attr("href")).isEqualTo("/documents/a-slug?page=2#ref-1");
		Element shown = page.selectFirst("p.passage-text");
		shown.select(".cite-marker, .cite-tip, .cite-entry").remove();
		assertThat(shown.wholeText()).isEqualTo(text);
	}

	@Test
	void aPassageWithoutNumberIsLinkedByItsAnchor() {
		PassageView passage = new PassageView("r1-2", null, "Fine.", 3, 3, PassageMarkup.segments("Fine.", List.of()),
				List.of());

		Element number = Jsoup.parseBodyFragment(this.html.passage(passage)).body().selectFirst("a.passage-number");

		assertThat(number.text()).isEqualTo("¶");
		assertThat(number.attr("aria-label")).isEqualTo("Permalink to passage r1-2");
	}

	@Test
	void strippedOfItsTagsAnyMarkedTextIsThePassagesText() {
		Random random = new Random(15);
		String alphabet = "ab <>&\"';/=!-Жё\u00a0\t\n";
		for (int round = 0; round < 500; round++) {
			StringBuilder text = new StringBuilder();
			int length = 1 + random.nextInt(80);
			for (int i = 0; i < length; i++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			List<Mark> marks = new ArrayList<>();
			for (int i = random.nextInt(6); i > 0; i--) {
				int start = random.nextInt(length);
				int end = start + 1 + random.nextInt(length - start);
				marks.add(new Mark(start, end, Mark.Type.ANNOTATION, "e" + i, "Place: <" + i + ">"));
			}
			int hit = random.nextInt(length);
			marks.add(new Mark(hit, hit + 1, Mark.Type.HIGHLIGHT, "match", null));
			PassageView passage = view(text.toString(), marks);

			Element written = Jsoup.parseBodyFragment(this.html.text(passage)).body();

			assertThat(written.select("script, b, img")).isEmpty();
			assertThat(written.wholeText()).as("round %d", round).isEqualTo(text.toString());
		}
	}

	@Test
	void escapingTurnsTheFiveSpecialCharactersIntoReferencesAndKeepsEveryOther() {
		assertThat(PassageHtml.escape("<a href='x'>&\"")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;");
		assertThat(PassageHtml.escape("Хрущёв “Thaw” é — ½")).isEqualTo("Хрущёв “Thaw” é — ½");
		assertThat(PassageHtml.escape("&amp;")).isEqualTo("&amp;amp;");
	}

	private static PassageView view(String text, List<Mark> marks) {
		return new PassageView("p1", 1, text, 1, 1, PassageMarkup.segments(text, PassageMarkup.nestAnnotations(marks)),
				List.of());
	}

}

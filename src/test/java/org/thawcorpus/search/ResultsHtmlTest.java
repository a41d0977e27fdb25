package org.thawcorpus.search;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.thawcorpus.search.MatchRanges.Range;
import org.thawcorpus.source.DocumentKind;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsHtmlTest {

	private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" <b>bold</b> Stalin's <img src=x onerror=alert(1)>";

	@Test
	void aHitsTextIsEscapedAndReadsBackUnaltered() {
		int start = HOSTILE.indexOf("Stalin");
		Snippet snippet = Snippet.of(HOSTILE, List.of(new Range(start, start + "Stalin".length())));
		SearchHit hit = hit("Review by <em>Jo</em>", null, snippet, "/documents/a?q=x&y=\"1\"#r1-1");

		Element list = Jsoup.parseBodyFragment("<ol>" + new ResultsHtml("").hits(List.of(hit)) + "</ol>").body();

		assertThat(list.select("script, img, b, em")).isEmpty();
		assertThat(list.select(".kwic").text()).isEqualTo(HOSTILE);
		assertThat(list.select(".kwic mark").eachText()).containsExactly("Stalin");
		assertThat(list.select(".hit-link").text()).isEqualTo("Review by <em>Jo</em>");
		assertThat(list.select(".hit-link").attr("href")).isEqualTo("/documents/a?q=x&y=\"1\"#r1-1");
		assertThat(list.select(".hit-extra")).isEmpty();
	}

	@Test
	void aCitationLinksToItsDetailsUnderTheContextPath() {
		SearchHit hit = hit("Citation [3] in the text", 42L, Snippet.of("Short text.", List.of()), "/documents/a#p1");

		Element list = Jsoup.parseBodyFragment("<ol>" + new ResultsHtml("/thaw").hits(List.of(hit)) + "</ol>").body();

		assertThat(list.select(".hit-link").attr("href")).isEqualTo("/thaw/documents/a#p1");
		assertThat(list.select(".hit-extra").attr("href")).isEqualTo("/thaw/citations/42");
		assertThat(list.select(".kwic").text()).isEqualTo("Short text.");
		assertThat(list.select(".kwic mark")).isEmpty();
	}

	@Test
	void aCutLineShowsWhereTextIsLeftOut() {
		String text = "word ".repeat(100) + "Thaw " + "word ".repeat(100);
		int start = text.indexOf("Thaw");
		Snippet snippet = Snippet.of(text, List.of(new Range(start, start + 4)));

		Element list = Jsoup.parseBodyFragment(new ResultsHtml("").hits(List.of(hit("Text", null, snippet, "/d"))))
			.body();

		assertThat(list.select(".kwic .cut").eachText()).containsExactly("…", "…");
		assertThat(list.select(".kwic").text()).startsWith("…word").contains(" Thaw ").endsWith("word…");
	}

	@Test
	void aFacetsValuesAreEscapedLinksWithTheirCountsAndTheChosenOneMarked() {
		FacetView facet = new FacetView("section", "Section",
				List.of(new FacetView.Value("<i>x</i>", "<i>Reform</i> & after", 12, true,
						"/search?q=a&section=%3Ci%3E"),
						new FacetView.Value("Economy", "Economy", 3, false, "/search?q=a&section=Economy")),
				null);

		Element list = Jsoup.parseBodyFragment("<ul>" + new ResultsHtml("").values(facet) + "</ul>").body();

		assertThat(list.select("i")).isEmpty();
		assertThat(list.select("li a")).extracting(Element::text)
			.containsExactly("<i>Reform</i> & after 12", "Economy 3");
		assertThat(list.select("li a").eachAttr("href")).containsExactly("/search?q=a&section=%3Ci%3E",
				"/search?q=a&section=Economy");
		assertThat(list.select("a[aria-current=true]").text()).startsWith("<i>Reform</i>");
		assertThat(list.select("a[aria-current]")).hasSize(1);
	}

	private static SearchHit hit(String section, Long citationId, Snippet snippet, String link) {
		return new SearchHit("a", "A", DocumentKind.of("ENCYCLOPEDIA_ARTICLE"),
				(citationId != null) ? Part.CITATION : Part.TEXT, "p1", citationId, (citationId != null) ? 3 : null,
				link, snippet, new SearchHit.Place(section, true, null, null, null));
	}

}

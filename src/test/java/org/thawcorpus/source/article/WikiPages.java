package org.thawcorpus.source.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assertj.core.api.SoftAssertions;

import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.html.HtmlPage;
import org.thawcorpus.text.TextFolding;

/** The saved wiki pages of the fixtures, and the rules every reading of them keeps. */
final class WikiPages {

	private WikiPages() {
	}

	/** A fixture under {@code fixtures/article/html/}, parsed. */
	static HtmlPage page(String name) {
		try (InputStream in = WikiPages.class.getResourceAsStream("/fixtures/article/html/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			return HtmlPage.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<ParsedPassage> passages(ParsedDocument document) {
		return document.sections().stream().flatMap((s) -> s.passages().stream()).toList();
	}

	static ParsedPassage passage(ParsedDocument document, String anchor) {
		return passages(document).stream().filter((p) -> p.anchor().equals(anchor)).findFirst().orElseThrow();
	}

	static ParsedSection section(ParsedDocument document, String title) {
		return document.sections()
			.stream()
			.filter((s) -> title.equals(s.title()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No section " + title));
	}

	/**
	 * The use of the first block whose text is {@code text}, white space at its ends
	 * (non-breaking spaces included) aside.
	 */
	static LineUse useOf(HtmlPage page, ParsedDocument document, String text) {
		return page.blocks()
			.stream()
			.filter((b) -> TextFolding.fold(b.text()).strip().equals(text))
			.findFirst()
			.map((b) -> document.lines().get(b.number() - 1))
			.orElseThrow(() -> new AssertionError("No block \"" + text + "\""));
	}

	/**
	 * The rules of every reading: one use per block, none unaccounted; each passage is
	 * the text of the blocks it claims, joined by "\n", and each of them is used by it
	 * with its section's role; citations are the text between their offsets.
	 */
	static void checkAccounted(HtmlPage page, ParsedDocument document) {
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(document.lines()).as("one use per block").hasSize(page.blocks().size());
		softly.assertThat(document.unaccounted()).as("unaccounted blocks").isEmpty();
		for (ParsedSection section : document.sections()) {
			LineRole role = (section.role() == SectionRole.WORKS_CITED) ? LineRole.CITATION : LineRole.PASSAGE;
			for (ParsedPassage passage : section.passages()) {
				String joined = String.join("\n",
						page.lines().all().subList(passage.firstLine() - 1, passage.lastLine()));
				softly.assertThat(passage.text()).as("text of %s", passage.anchor()).isEqualTo(joined);
				for (int n = passage.firstLine(); n <= passage.lastLine(); n++) {
					LineUse use = document.lines().get(n - 1);
					softly.assertThat(use.role()).as("role of block %d", n).isEqualTo(role);
					softly.assertThat(use.anchor()).as("anchor of block %d", n).isEqualTo(passage.anchor());
				}
				for (FoundCitation citation : passage.citations()) {
					softly.assertThat(passage.text().substring(citation.start(), citation.end()))
						.as("raw of a citation in %s", passage.anchor())
						.isEqualTo(citation.raw());
				}
			}
		}
		softly.assertAll();
	}

}

package org.thawcorpus.source.blog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.html.HtmlPage;

import static org.assertj.core.api.Assertions.assertThat;

/** Saved blog pages written for the tests, and what their readings hold. */
final class HtmlFixtures {

	private HtmlFixtures() {
	}

	/** A page under {@code src/test/resources/fixtures/blog/html/}. */
	static HtmlPage page(String name) {
		try (InputStream in = HtmlFixtures.class.getResourceAsStream("/fixtures/blog/html/" + name)) {
			assertThat(in).as("fixture %s", name).isNotNull();
			return HtmlPage.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The texts of the passages of the post's body sections, in order. */
	static List<String> bodyTexts(ParsedDocument post) {
		return post.sections()
			.stream()
			.filter((s) -> s.role() == SectionRole.BODY)
			.flatMap((s) -> s.passages().stream())
			.map(ParsedPassage::text)
			.toList();
	}

	/** The works-cited sections. */
	static List<ParsedSection> worksCited(ParsedDocument post) {
		return post.sections().stream().filter((s) -> s.role() == SectionRole.WORKS_CITED).toList();
	}

	/** The use of the block holding exactly that text. */
	static LineUse useOf(HtmlPage page, ParsedDocument post, String text) {
		return page.blocks()
			.stream()
			.filter((b) -> b.text().equals(text))
			.findFirst()
			.map((b) -> post.lines().get(b.number() - 1))
			.orElseThrow(() -> new AssertionError("no block \"" + text + "\""));
	}

	/** Asserts one use per block, none unaccounted and none blank. */
	static void assertEveryBlockAccounted(HtmlPage page, ParsedDocument post) {
		assertThat(post.lines()).hasSize(page.blocks().size());
		assertThat(post.unaccounted()).isEmpty();
		assertThat(post.lines()).extracting(LineUse::role).doesNotContain(LineRole.BLANK);
	}

}

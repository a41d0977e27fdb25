package org.thawcorpus.source.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.text.TextKind;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlPageTest {

	private static String fixture(String name) throws IOException {
		try (InputStream in = HtmlPageTest.class.getResourceAsStream("/fixtures/html/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static TextBlock block(HtmlPage page, String text) {
		return page.blocks().stream().filter((b) -> b.text().equals(text)).findFirst().orElseThrow();
	}

	@Test
	void cutsTheBodyIntoBlocksInDocumentOrderAsAReaderSeesThem() throws IOException {
		HtmlPage page = HtmlPage.parse(fixture("essay-page.html"));
		List<String> content = page.blocks().stream().filter((b) -> !b.isFurniture()).map(TextBlock::text).toList();
		assertThat(content).containsExactly("Festival Notes",
				"The youth festival of that summer brought thousands of visitors to the capital.\nMany came by train.",
				"Arrivals", "Delegations arrived from forty countries, and the", "city changed for two weeks.",
				"Concerts in the parks", "Exhibitions of painting", "Programme\n  10:00  Opening");
		assertThat(page.blocks()).extracting(TextBlock::number)
			.containsExactlyElementsOf(
					java.util.stream.IntStream.rangeClosed(1, page.blocks().size()).boxed().toList());
	}

	@Test
	void setsAsideFurnitureByStructureAndSaysWhatItIs() throws IOException {
		HtmlPage page = HtmlPage.parse(fixture("essay-page.html"));
		assertThat(block(page, "Skip to content").furniture()).isEqualTo("skip link");
		assertThat(block(page, "Home").furniture()).isEqualTo("page header");
		assertThat(block(page, "12 shares").furniture()).isEqualTo("share buttons");
		assertThat(block(page, "Share on A Share on B").furniture()).isEqualTo("share buttons");
		assertThat(block(page, "Recent posts").furniture()).isEqualTo("sidebar");
		assertThat(block(page, "Search for:").furniture()).isEqualTo("form");
		assertThat(block(page, "This site uses cookies.").furniture()).isEqualTo("cookie notice");
		assertThat(block(page, "Powered by a publishing tool").furniture()).isEqualTo("page footer");
		assertThat(page.blocks()).noneMatch((b) -> b.text().contains("never run") || b.text().contains("font-family"));
		assertThat(page.skippedElements()).isEqualTo(1);
	}

	@Test
	void keepsEachBlocksMarkupExactlyAsTheFileHoldsItAndItsLine() throws IOException {
		String html = fixture("essay-page.html");
		HtmlPage page = HtmlPage.parse(html);
		TextBlock arrivals = block(page, "Arrivals");
		assertThat(arrivals.markup()).isEqualTo("<h2>Arrivals</h2>");
		assertThat(arrivals.path()).isEqualTo("main#main > article > h2");
		assertThat(html.lines().toList().get(arrivals.sourceLine() - 1)).contains("<h2>Arrivals</h2>");
		TextBlock split = block(page, "Delegations arrived from forty countries, and the");
		assertThat(split.markup()).startsWith("Delegations arrived from <a href=\"https://elsewhere.example.net/\">");
		assertThat(page.lines().origin(arrivals.number()).markup()).isEqualTo("<h2>Arrivals</h2>");
	}

	@Test
	void readsMetadataTitleAndJsonLdGraph() throws IOException {
		HtmlPage page = HtmlPage.parse(fixture("essay-page.html"));
		assertThat(page.documentTitle()).isEqualTo("Festival Notes | The Archive Notebook");
		assertThat(page.titleWithoutSite()).isEqualTo("Festival Notes");
		assertThat(page.firstHeading()).contains("Festival Notes");
		assertThat(page.canonicalUrl()).contains("https://notebook.example.org/festival-notes");
		assertThat(page.jsonLd("WebPage")).map((n) -> n.path("name").asString("")).contains("Festival Notes");
		assertThat(page.jsonLd("Book")).isEmpty();
	}

	@Test
	void aPageNoKindClaimsIsReadFromItsStructure() throws IOException {
		HtmlPage page = HtmlPage.parse(fixture("essay-page.html"));
		ParsedDocument parsed = HtmlKinds.parse(page);
		assertThat(parsed.kind()).isEqualTo(TextKind.KIND);
		assertThat(parsed.title()).isEqualTo("Festival Notes");
		assertThat(parsed.sections()).extracting((s) -> s.title()).containsExactly(null, "Arrivals");
		assertThat(parsed.sections().stream().flatMap((s) -> s.passages().stream()).map(ParsedPassage::text))
			.noneMatch((t) -> t.contains("Home") || t.contains("cookies") || t.contains("Share on"));
		assertThat(parsed.lines()).hasSize(page.blocks().size());
		assertThat(parsed.lines()).extracting(LineUse::role).doesNotContain(LineRole.UNACCOUNTED);
		assertThat(parsed.lines().stream().filter((u) -> u.role() == LineRole.FURNITURE))
			.hasSize((int) page.blocks().stream().filter(TextBlock::isFurniture).count());
	}

	@Test
	void deeplyNestedMarkupIsReadWithoutExhaustingTheStack() {
		int depth = 20_000;
		String html = "<html><body>" + "<div><span>".repeat(depth) + "deep text" + "</span></div>".repeat(depth)
				+ "</body></html>";
		HtmlPage page = HtmlPage.parse(html);
		assertThat(page.blocks()).extracting(TextBlock::text).containsExactly("deep text");
		assertThat(HtmlKinds.parse(page).title()).isEqualTo("deep text");
	}

	@Test
	void tellsAnHtmlDocumentFromATextCopy() {
		assertThat(HtmlPage.looksLikeHtml("<!DOCTYPE html>\n<html>")).isTrue();
		assertThat(HtmlPage.looksLikeHtml("  <!-- saved from url=(0040)x -->\n<html lang=\"de\">")).isTrue();
		assertThat(HtmlPage.looksLikeHtml("<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC")).isTrue();
		assertThat(HtmlPage.looksLikeHtml("Festival Notes\n\nThe <b>youth</b> festival")).isFalse();
		assertThat(HtmlPage.looksLikeHtml("The HTML tag <html> opens a page.")).isFalse();
	}

}

package org.thawcorpus.source.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paragraphs separated by two line breaks rather than paragraph elements, and the blocks
 * of inline elements.
 */
class HtmlBlocksParagraphsTest {

	@Test
	void cutsARunAtTwoLineBreaksInARowButNotAtOne() {
		HtmlPage page = HtmlPage.parse("<html><body><div><span>First line<br>still first.<br><br>Second, "
				+ "<b>bold</b>.<br/> <br/><br/>Third.</span></div></body></html>");
		assertThat(page.blocks()).extracting(TextBlock::text)
			.containsExactly("First line\nstill first.", "Second, bold.", "Third.");
		assertThat(page.block(2).markup()).isEqualTo("Second, <b>bold</b>.<br/> ");
	}

	@Test
	void keepsLineBreaksOfPreformattedText() {
		HtmlPage page = HtmlPage.parse("<html><body><pre>a<br><br>b</pre></body></html>");
		assertThat(page.blocks()).extracting(TextBlock::text).containsExactly("a\n\nb");
	}

	@Test
	void givesAnInlineElementTheBlockItsTextLandsIn() {
		HtmlPage page = HtmlPage.parse(
				"<html><body><p>Before</p><span class=\"jump\"><a href=\"#x\">Jump</a></span><p>After</p></body></html>");
		assertThat(page.within(page.dom().selectFirst("span.jump"))).extracting(TextBlock::text)
			.containsExactly("Jump");
		assertThat(page.within(page.dom().selectFirst("a"))).extracting(TextBlock::text).containsExactly("Jump");
		HtmlPage split = HtmlPage.parse("<html><body><div><i>one<br><br>two</i> three</div></body></html>");
		assertThat(split.within(split.dom().selectFirst("i"))).extracting(TextBlock::text)
			.containsExactly("one", "two three");
	}

}

package org.thawcorpus.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * How the pages read: screenshots of every kind of page on a wide and a narrow screen, a
 * measure and leading for long reading, nothing wider than a small phone, no shift as a
 * page loads, and a print-out with passage numbers, citations as notes and the permalink.
 */
@BrowserTest
class ReadingComfortTest {

	@BeforeEach
	void onAWideScreen(Browser browser) {
		browser.width(1280);
	}

	@AfterEach
	void backOnScreen(Browser browser) {
		browser.printMedia(false);
	}

	@ParameterizedTest
	@EnumSource(PageType.class)
	void everyKindOfPageLoadsWithoutShiftingAndFitsScreensFromWideToSmall(PageType page, Browser browser)
			throws Exception {
		page.open(browser);
		List<String> shifts = browser.asyncScript("""
				const done = arguments[arguments.length - 1];
				const shifts = [];
				new PerformanceObserver((list) => list.getEntries()
				    .filter((e) => !e.hadRecentInput)
				    .forEach((e) => shifts.push(e.value.toFixed(4) + ' moving ' + e.sources
				      .map((s) => s.node ? s.node.nodeName + '.' + s.node.className : 'a removed node').join(', '))))
				  .observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => done(shifts), 100);
				""");
		assertThat(shifts).as("layout shifts on %s", page).isEmpty();
		assertThat(browser.<Long>script("return document.fonts.size")).as("web fonts on %s", page).isZero();
		assertThat(browser.<Long>script(
				"return [...document.images].filter((i) => !i.getAttribute('width') || !i.getAttribute('height')).length"))
			.as("images without dimensions on %s", page)
			.isZero();

		for (int width : new int[] { 1280, 375 }) {
			Path shot = browser.width(width).screenshot(page.fileName() + "-" + width);
			assertThat(Files.size(shot)).isGreaterThan(1000);
		}
		browser.width(320);
		Map<String, Number> widths = browser
			.script("return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth}");
		assertThat(widths.get("scroll").intValue()).as("scroll width of %s at 320 px", page)
			.isLessThanOrEqualTo(widths.get("inner").intValue());
	}

	@Test
	void passagesSetAMeasureNearSeventyCharactersWithGenerousLeading(Browser browser) {
		browser.width(1280);
		PageType.ARTICLE.open(browser);
		Map<String, Number> text = browser.script("""
				const text = document.querySelector('#p3 .passage-text');
				const style = getComputedStyle(text);
				const lineHeight = parseFloat(style.lineHeight);
				const lines = Math.round(text.getBoundingClientRect().height / lineHeight);
				return { perLine: text.innerText.length / lines, leading: lineHeight / parseFloat(style.fontSize),
				  size: parseFloat(style.fontSize) };
				""");
		assertThat(text.get("perLine").doubleValue()).as("characters per line").isBetween(60.0, 80.0);
		assertThat(text.get("leading").doubleValue()).as("line height over font size").isGreaterThanOrEqualTo(1.5);
		assertThat(text.get("size").doubleValue()).as("font size in pixels").isGreaterThanOrEqualTo(17.0);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1280, 375, 320 })
	void passageNumbersStandInTheMarginBesideTheText(int width, Browser browser) {
		browser.width(width);
		PageType.ARTICLE.open(browser);
		for (WebElement passage : browser.findAll(".passage")) {
			Map<String, Number> edges = browser.script("""
					const number = arguments[0].querySelector('.passage-number').getBoundingClientRect();
					const text = arguments[0].querySelector('.passage-text').getBoundingClientRect();
					return { numberRight: number.right, textLeft: text.left, numberTop: number.top, textTop: text.top };
					""", passage);
			assertThat(edges.get("numberRight").doubleValue())
				.as("number of %s beside its text at %d px", passage.getDomAttribute("id"), width)
				.isLessThanOrEqualTo(edges.get("textLeft").doubleValue());
			assertThat(edges.get("numberTop").doubleValue()).isCloseTo(edges.get("textTop").doubleValue(),
					within(12.0));
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 1280, 375 })
	void eachHistogramBarIsAsLongAsItsShareOfTheRatings(int width, Browser browser) {
		browser.width(width);
		browser.open("/documents/moscow-1956-the-silenced-spring/reviews");
		List<Map<String, Object>> bars = browser.script("""
				return [...document.querySelectorAll('.bars li')].map((li) => ({
				  fill: li.querySelector('.bar-fill').getBoundingClientRect().width,
				  track: li.querySelector('.bar-track').getBoundingClientRect().width,
				  height: li.querySelector('.bar-track').getBoundingClientRect().height }));
				""");
		List<String> shares = browser.findAll(".histogram-table tbody tr td:nth-of-type(3)")
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(bars).hasSize(5).hasSameSizeAs(shares);
		for (int i = 0; i < bars.size(); i++) {
			double track = ((Number) bars.get(i).get("track")).doubleValue();
			double fill = ((Number) bars.get(i).get("fill")).doubleValue();
			assertThat(track).as("track of bar %d at %d px", i + 1, width).isGreaterThan(40);
			assertThat(((Number) bars.get(i).get("height")).doubleValue()).as("height of bar %d", i + 1)
				.isGreaterThan(8);
			assertThat(100 * fill / track).as("bar %d at %d px against %s", i + 1, width, shares.get(i))
				.isCloseTo(Double.parseDouble(shares.get(i).replace("%", "")), within(1.0));
		}
	}

	@Test
	void printingADocumentGivesItsTextNumbersCitationsAndPermalinkWithoutNavigation(Browser browser) {
		PageType.ARTICLE.open(browser);
		browser.printMedia(true);
		assertThat(browser.find(".site-header").isDisplayed()).as("site header in print").isFalse();
		assertThat(browser.find(".site-footer").isDisplayed()).as("site footer in print").isFalse();
		assertThat(browser.find(".skip-link").isDisplayed()).isFalse();
		assertThat(browser.find("#p3 .passage-number").isDisplayed()).as("passage number in print").isTrue();
		assertThat(browser.find("#p3 .passage-number").getText()).isEqualTo("3");
		assertThat(browser.find(".permalink").getText())
			.matches("Permalink: http://localhost:\\d+/documents/the-khrushchev-thaw");
		List<WebElement> notes = browser.findAll(".references li");
		assertThat(notes).hasSize(4);
		assertThat(notes.get(0).getText()).isEqualTo("Bohdan Nahaylo and Victor Swoboda, Soviet Disunion: A History of "
				+ "the Nationalities Problem in the USSR (Free Press, 1990), 120.");
		assertThat(notes.get(0).getDomAttribute("value")).isEqualTo("1");
		browser.printToPdf("article-print");

		browser.printMedia(false);
		assertThat(browser.find(".references").isDisplayed()).as("reference list on screen").isTrue();
		assertThat(browser.find(".references a.backlink").isDisplayed()).as("back links on screen").isTrue();
		assertThat(browser.find(".permalink").isDisplayed()).as("permalink line on screen").isFalse();
	}

	@Test
	void printingABookPageUnfoldsItsReviews(Browser browser) {
		PageType.BOOK.open(browser);
		browser.printMedia(true);
		List<WebElement> folded = browser.findAll("details.more .passage-text, details.spoiler .passage-text");
		assertThat(folded).isNotEmpty()
			.allMatch((paragraph) -> browser.<Boolean>script("return arguments[0].checkVisibility()", paragraph));
		browser.printToPdf("book-print");
	}

}

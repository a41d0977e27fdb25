package org.thawcorpus.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A reader on a small screen and at the edges, at 320, 375 and 1280 pixels: a page past
 * the end that says so and leads to the last page, lists that become cards on a phone
 * with every field named and in order, timeline labels that can be read, source lines
 * named in a reader's words with their citations marked, and sentences that read. Each
 * page is saved to {@code target/screenshots/} and checked by axe.
 */
@BrowserTest
class SmallScreensTest {

	private static final String BOOK = "/documents/moscow-1956-the-silenced-spring";

	private static final int NARROW = 640;

	@AfterEach
	void wideAgain(Browser browser) {
		browser.width(1280);
	}

	@ParameterizedTest
	@ValueSource(ints = { 320, 375, 1280 })
	void aPagePastTheEndSaysHowManyPagesThereAreAndLeadsToTheLast(int width, Browser browser) {
		browser.width(width).open(BOOK + "/reviews?sort=newest&page=2");
		assertThat(browser.find("h1").getText()).isEqualTo("Not found");
		assertThat(browser.find("p.message").getText())
			.isEqualTo("There are 10 reviews on 1 page; there is no page 2.");
		checked(browser, "past the end", "reviews-past-the-end-" + width);
		WebElement last = browser.find("main a");
		assertThat(last.getText()).isEqualTo("Go to page 1, the only one");
		browser.follow(last);
		assertThat(browser.path()).isEqualTo(BOOK + "/reviews?sort=newest&page=1");
		assertThat(browser.findAll("article.review")).hasSize(10);

		browser.open(BOOK + "/reviews?stars=5&page=2");
		assertThat(browser.find("p.message").getText())
			.isEqualTo("There are no reviews with 5 stars, so there is only page 1; there is no page 2.");
		browser.follow(browser.find("main a"));
		assertThat(browser.find(".empty").getText()).startsWith("This copy of the page shows no review with 5 stars");
	}

	@ParameterizedTest
	@ValueSource(ints = { 320, 375, 1280 })
	void theCitationAndCorpusListsAreCardsOnAPhoneWithEveryFieldNamedAndInOrder(int width, Browser browser) {
		for (String[] list : new String[][] { { "/citations", "table.citations", "citations" },
				{ "/", "table.corpus", "corpus" } }) {
			browser.width(width).open(list[0]);
			List<List<Map<String, Object>>> rows = browser.script("""
					const table = document.querySelector(arguments[0]);
					const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
					return [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell, i) => {
					  const box = cell.getBoundingClientRect();
					  return { tag: cell.tagName, head: heads[i], label: getComputedStyle(cell, '::before').content,
					    row: getComputedStyle(tr).display, shown: cell.checkVisibility(), text: cell.textContent.trim(),
					    top: box.top, left: box.left, right: box.right };
					}));
					""", list[1]);
			assertThat(rows).as("rows of %s", list[0]).isNotEmpty();
			for (List<Map<String, Object>> row : rows) {
				assertThat(row).extracting((c) -> c.get("head")).doesNotContainNull();
				double top = Double.NEGATIVE_INFINITY;
				for (Map<String, Object> cell : row) {
					boolean filled = !((String) cell.get("text")).isEmpty();
					if (width <= NARROW) {
						assertThat(cell.get("row")).as("a row of %s at %d px", list[0], width).isEqualTo("block");
						if ("TD".equals(cell.get("tag"))) {
							assertThat(cell.get("label")).as("the label of a field of %s", list[0])
								.isEqualTo("\"" + cell.get("head") + "\"");
						}
						if (filled) {
							assertThat(cell.get("shown")).as("%s in %s", cell.get("head"), list[0]).isEqualTo(true);
							assertThat(number(cell, "right")).as("%s in %s at %d px", cell.get("head"), list[0], width)
								.isLessThanOrEqualTo(width);
							assertThat(number(cell, "top")).as("%s below the field before it", cell.get("head"))
								.isGreaterThan(top);
							top = number(cell, "top");
						}
					}
					else {
						assertThat(cell.get("row")).isEqualTo("table-row");
						assertThat(cell.get("label")).isEqualTo("none");
						assertThat(cell.get("shown")).isEqualTo(true);
					}
				}
			}
			Map<String, Number> table = browser.script(
					"const t = document.querySelector(arguments[0]); return {scroll: t.scrollWidth, client: t.clientWidth}",
					list[1]);
			assertThat(table.get("scroll").intValue()).as("sideways scrolling in %s at %d px", list[0], width)
				.isLessThanOrEqualTo(table.get("client").intValue());
			checked(browser, list[0], list[2] + "-cards-" + width);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 320, 375, 1280 })
	void theImportReportIsAColumnOfCardsThatFitTheScreen(int width, Browser browser) {
		browser.width(width).open("/import-report");
		List<Map<String, Object>> cards = browser.script("""
				return [...document.querySelectorAll('article.report-file')].map((a) => ({
				  right: a.getBoundingClientRect().right, scroll: a.scrollWidth, client: a.clientWidth,
				  border: getComputedStyle(a).borderLeftWidth, file: a.querySelector('h3').textContent.trim(),
				  meta: a.querySelector('.report-meta').checkVisibility() }));
				""");
		assertThat(cards).hasSize(3);
		for (Map<String, Object> card : cards) {
			assertThat(number(card, "right")).as("%s at %d px", card.get("file"), width).isLessThanOrEqualTo(width);
			assertThat(number(card, "scroll")).as("sideways overflow of %s", card.get("file"))
				.isLessThanOrEqualTo(number(card, "client"));
			assertThat(card.get("meta")).isEqualTo(true);
			if (width <= NARROW) {
				assertThat(card.get("border")).as("a card's border at %d px", width).isEqualTo("1px");
			}
		}
		checked(browser, "the import report", "import-report-cards-" + width);
	}

	@ParameterizedTest
	@ValueSource(ints = { 320, 375, 1280 })
	void theTimelinesAxisLabelsCanBeReadAndDoNotOverlap(int width, Browser browser) {
		browser.width(width).open("/timeline");
		List<Map<String, Object>> labels = browser.script("""
				return [...document.querySelectorAll('.timeline-chart text')].map((t) => {
				  const box = t.getBoundingClientRect();
				  return { text: t.textContent, year: t.classList.contains('year-label'), left: box.left,
				    right: box.right, height: box.height };
				});
				""");
		assertThat(labels).filteredOn((l) -> Boolean.TRUE.equals(l.get("year"))).hasSizeGreaterThan(2);
		for (Map<String, Object> label : labels) {
			assertThat(number(label, "height")).as("height of the label %s at %d px", label.get("text"), width)
				.isGreaterThanOrEqualTo(11.0);
		}
		List<Map<String, Object>> years = labels.stream().filter((l) -> Boolean.TRUE.equals(l.get("year"))).toList();
		for (int i = 1; i < years.size(); i++) {
			assertThat(number(years.get(i), "left"))
				.as("%s clear of %s at %d px", years.get(i).get("text"), years.get(i - 1).get("text"), width)
				.isGreaterThan(number(years.get(i - 1), "right"));
		}
		checked(browser, "the timeline", "timeline-labels-" + width);
	}

	@ParameterizedTest
	@ValueSource(ints = { 320, 375, 1280 })
	void theTimelinesTableKeepsItsYearsInViewAndShowsThatItScrolls(int width, Browser browser) {
		browser.width(width).open("/timeline");
		Map<String, Object> table = browser.script("""
				const t = document.querySelector('table.timeline-table');
				t.scrollLeft = t.scrollWidth;
				const box = t.getBoundingClientRect();
				const row = t.querySelector('tbody tr');
				return { scroll: t.scrollWidth, client: t.clientWidth, left: box.left, right: box.right,
				  year: row.firstElementChild.getBoundingClientRect().left,
				  last: row.lastElementChild.getBoundingClientRect().right,
				  cue: getComputedStyle(t).backgroundImage };
				""");
		if (number(table, "scroll") > number(table, "client")) {
			assertThat(number(table, "year")).as("the year column, scrolled to the end at %d px", width)
				.isCloseTo(number(table, "left"), within(1.0));
			assertThat((String) table.get("cue")).as("the cue that the table scrolls").contains("radial-gradient");
		}
		else {
			assertThat(width).as("a table that needs no scrolling").isGreaterThan(NARROW);
		}
		assertThat(number(table, "last")).as("the last column reached at %d px", width)
			.isLessThanOrEqualTo(number(table, "right") + 1);
		checked(browser, "the timeline", "timeline-table-" + width);
	}

	@ParameterizedTest
	@ValueSource(ints = { 320, 375, 1280 })
	void sourceLinesAreNamedInAReadersWordsWithTheirCitationsInTheLegendsColour(int width, Browser browser) {
		browser.width(width).open("/documents/the-khrushchev-thaw/source");
		assertThat(browser.find("#L1 td.became a").getText()).isEqualTo("Passage 1");
		assertThat(browser.find("#L5 td.became a").getText()).isEqualTo("Passage 3 with citations 1 and 2");
		assertThat(browser.find("#L7 td.became").getText())
			.isEqualTo("The heading “Polish and Hungarian Revolutions of 1956”");
		String legend = browser.find(".legend .role-citation").getCssValue("background-color");
		List<WebElement> cited = browser.findAll("#L5 td.text .cited");
		assertThat(cited).hasSize(2);
		for (WebElement citation : cited) {
			assertThat(citation.getCssValue("background-color")).isEqualTo(legend);
			assertThat(citation.isDisplayed()).isTrue();
		}
		assertThat(browser.find("#L3 td.text").getCssValue("background-color")).isNotEqualTo(legend);
		checked(browser, "the source view", "source-words-" + width);
	}

	@ParameterizedTest
	@ValueSource(ints = { 320, 375, 1280 })
	void theReviewsOfABlogPostAreRefusedInASentenceThatReads(int width, Browser browser) {
		browser.width(width).open("/documents/a-thaw-that-would-not-refreeze/reviews");
		assertThat(browser.find("p.message").getText())
			.isEqualTo("\"A Thaw that would not refreeze\" is a blog post, not a book page; it has no reviews.");
		checked(browser, "the refusal", "blog-reviews-" + width);
	}

	/** Nothing of the page is wider than the screen. */
	private static void fits(Browser browser, String what) {
		Map<String, Number> widths = browser
			.script("return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth}");
		assertThat(widths.get("scroll").intValue()).as("scroll width of %s at %d px", what, browser.width())
			.isLessThanOrEqualTo(widths.get("inner").intValue());
	}

	/**
	 * Nothing of the page is wider than the screen, axe finds nothing, and the page is
	 * saved as a screenshot.
	 */
	private static void checked(Browser browser, String what, String name) {
		fits(browser, what);
		assertThat(Axe.violations(browser)).as("WCAG 2.1 A/AA violations on %s", name).isEmpty();
		try {
			assertThat(Files.size(browser.screenshot(name))).isGreaterThan(1000);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static double number(Map<String, Object> values, String key) {
		return ((Number) values.get(key)).doubleValue();
	}

}

package org.thawcorpus.browser;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader does with a mouse and the back button: follow a citation and come back to
 * the passage, filter reviews, open a hidden review, go from a source line to what it
 * became.
 */
@BrowserTest
class ReaderJourneysTest {

	private static final String ARTICLE = "/documents/the-khrushchev-thaw";

	private static final String BOOK = "/documents/moscow-1956-the-silenced-spring";

	/** {@code --mark} in thaw.css, as the browser computes it. */
	private static final String HIGHLIGHT = "rgb(255, 240, 179)";

	@BeforeEach
	void onAWideScreen(Browser browser) {
		browser.width(1280);
	}

	@Test
	void followsACitationToItsPageAndBackToItsMarkerHighlighted(Browser browser) {
		browser.open("/");
		assertThat(browser.find("h1").getText()).isEqualTo("Sources");

		browser.follow(browser.driver().findElement(By.linkText("The Khrushchev Thaw")));
		assertThat(browser.path()).isEqualTo(ARTICLE);

		WebElement marker = browser.find("#p3 a.cite-marker");
		String citation = marker.getDomAttribute("href");
		assertThat(marker.getText()).isEqualTo("[1]");
		browser.follow(marker);
		assertThat(browser.path()).isEqualTo(citation).startsWith("/citations/");
		assertThat(browser.find("h1").getText())
			.isEqualTo("Soviet disunion: a history of the nationalities problem in the USSR");

		browser.follow(browser.find("p.cited-at a"));
		String markerId = "cite-" + citation.substring("/citations/".length());
		assertThat(browser.path()).isEqualTo(ARTICLE + "#" + markerId);
		assertHighlighted(browser, markerId);

		browser.back();
		assertThat(browser.path()).isEqualTo(citation);
		assertThat(browser.find("p.cited-at a").getText()).startsWith("Cited at The Khrushchev Thaw");
		browser.back();
		assertThat(browser.path()).isEqualTo(ARTICLE);
		assertThat(browser.find("h1").getText()).isEqualTo("The Khrushchev Thaw");
		browser.back();
		assertThat(browser.path()).isEqualTo("/");
	}

	@Test
	void filtersReviewsByStarsAndByUnratedWithoutScript(Browser browser) {
		browser.open(BOOK);
		browser.follow(browser.driver().findElement(By.linkText("Filter and sort all reviews")));
		assertThat(browser.path()).isEqualTo(BOOK + "/reviews");
		assertThat(browser.find(".result-count").getText()).startsWith("10 reviews");
		assertThat(browser.findAll("section.reviews article.review")).hasSize(10);

		WebElement fiveStars = browser.findAll(".bars a")
			.stream()
			.filter((bar) -> bar.findElement(By.cssSelector(".bar-label")).getText().equals("5 stars"))
			.findFirst()
			.orElseThrow();
		browser.follow(fiveStars);
		assertThat(browser.path()).isEqualTo(BOOK + "/reviews?stars=5");
		assertThat(browser.find("#list-heading").getText()).isEqualTo("Reviews with 5 stars");
		assertThat(browser.find(".result-count").getText()).startsWith("0 reviews");
		assertThat(browser.findAll("section.reviews article.review")).isEmpty();
		assertThat(browser.find("section.reviews .empty").getText())
			.isEqualTo("This copy of the page shows no review with 5 stars, though 11 readers gave that rating.");
		assertThat(browser.find(".bars li.current .bar-label").getText()).isEqualTo("5 stars");

		browser.follow(browser.driver().findElement(By.partialLinkText("Unrated (")));
		assertThat(browser.path()).startsWith(BOOK + "/reviews?stars=unrated");
		assertThat(browser.find("#list-heading").getText()).isEqualTo("Unrated reviews");
		assertThat(browser.find(".result-count").getText()).startsWith("10 reviews");
		assertThat(browser.findAll("section.reviews article.review")).hasSize(10);
		assertThat(browser.find(".filters a[aria-current=page]").getText()).isEqualTo("Unrated (10)");

		browser.back();
		assertThat(browser.path()).isEqualTo(BOOK + "/reviews?stars=5");
		assertThat(browser.find(".result-count").getText()).startsWith("0 reviews");
		browser.back();
		assertThat(browser.path()).isEqualTo(BOOK + "/reviews");
		browser.back();
		assertThat(browser.path()).isEqualTo(BOOK);
	}

	@Test
	void opensAReviewTheBookPageHidBecauseOfSpoilers(Browser browser) {
		browser.open(BOOK + "/reviews?stars=unrated");
		WebElement spoiler = browser.find("details.spoiler");
		List<WebElement> paragraphs = spoiler.findElements(By.cssSelector(".passage-text"));
		assertThat(paragraphs).isNotEmpty().noneMatch(WebElement::isDisplayed);

		WebElement summary = spoiler.findElement(By.tagName("summary"));
		browser.script("arguments[0].scrollIntoView({block: 'center'})", summary);
		summary.click();
		assertThat(spoiler.getDomProperty("open")).isEqualTo("true");
		assertThat(paragraphs).allMatch(WebElement::isDisplayed);
		assertThat(paragraphs.get(0).getText()).isNotBlank();
	}

	@Test
	void goesFromASourceLineToThePassageItBecameAndBack(Browser browser) {
		browser.open(ARTICLE);
		browser.follow(browser.driver().findElement(By.linkText("000_cf6c488935fe36eb.txt")));
		assertThat(browser.path()).isEqualTo(ARTICLE + "/source");
		assertThat(browser.find("h1").getText()).isEqualTo("Source: 000_cf6c488935fe36eb.txt");

		WebElement became = browser.find("#L3 td.became a");
		assertThat(became.getText()).isEqualTo("Passage 2");
		browser.follow(became);
		assertThat(browser.path()).isEqualTo(ARTICLE + "#p2");
		assertHighlighted(browser, "p2");
		assertThat(browser.find("#p2 .passage-text").getText()).startsWith("The Thaw became possible");

		browser.follow(browser.find("#p2 a.passage-anchor"));
		assertThat(browser.path()).isEqualTo(ARTICLE + "/source?lines=3-3#L3");
		assertThat(browser.find("#L3").getDomAttribute("class")).contains("selected");

		browser.back();
		assertThat(browser.path()).isEqualTo(ARTICLE + "#p2");
		assertThat(browser.<String>script("return document.querySelector(':target').id")).isEqualTo("p2");
		browser.back();
		assertThat(browser.path()).isEqualTo(ARTICLE + "/source");
		browser.back();
		assertThat(browser.path()).isEqualTo(ARTICLE);
	}

	/**
	 * The passage or marker is the page's target, in view, behind the highlight colour.
	 */
	private static void assertHighlighted(Browser browser, String anchor) {
		assertThat(browser.<String>script("return document.querySelector(':target').id")).isEqualTo(anchor);
		String background = browser.waitUntil((driver) -> {
			String colour = browser
				.script("return getComputedStyle(document.getElementById(arguments[0])).backgroundColor", anchor);
			return HIGHLIGHT.equals(colour) ? colour : null;
		});
		assertThat(background).isEqualTo(HIGHLIGHT);
		Boolean inView = browser.script("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
				+ " return r.top >= 0 && r.top < window.innerHeight", anchor);
		assertThat(inView).isTrue();
	}

}

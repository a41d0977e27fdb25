package org.thawcorpus.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What axe-core and a keyboard find: WCAG 2.1 A and AA on every kind of page, focus that
 * starts at the skip link and always shows, and quoted Russian marked as Russian.
 */
@BrowserTest
class AccessibilityTest {

	@BeforeEach
	void onAWideScreen(Browser browser) {
		browser.width(1280);
	}

	@ParameterizedTest
	@EnumSource(PageType.class)
	void everyKindOfPageMeetsWcag21AAndAA(PageType page, Browser browser) {
		page.open(browser);
		assertThat(browser.<Long>script("return document.querySelectorAll('script:not([type=\"application/ld+json\"])"
				+ ":not([src^=\"/js/cite-copy-\"])').length"))
			.as("scripts but JSON-LD data and the copy buttons' on %s", page)
			.isZero();
		assertThat(Axe.violations(browser)).as("WCAG 2.1 A/AA violations on %s (%s)", page, browser.path()).isEmpty();
		browser.width(375);
		assertThat(Axe.violations(browser)).as("WCAG 2.1 A/AA violations on %s at 375 px", page).isEmpty();
	}

	@Test
	void theFirstTabReachesTheSkipLinkAndFollowingItFocusesTheMainContent(Browser browser) {
		browser.open("/documents/the-khrushchev-thaw");
		tab(browser);
		WebElement skip = browser.driver().switchTo().activeElement();
		assertThat(skip.getDomAttribute("class")).isEqualTo("skip-link");
		assertThat(skip.getText()).isEqualTo("Skip to content");
		assertThat(skip.isDisplayed()).isTrue();
		assertThat(focusRing(browser)).as("focus ring of the skip link").isTrue();
		Map<String, Object> box = browser.script("const r = arguments[0].getBoundingClientRect();"
				+ " return {top: r.top, left: r.left, height: r.height}", skip);
		assertThat(((Number) box.get("top")).doubleValue()).isGreaterThanOrEqualTo(0);

		new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
		browser.waitUntil((driver) -> browser.path().endsWith("#content"));
		assertThat(browser.<String>script("return document.activeElement.id")).isEqualTo("content");
		assertThat(browser.<String>script("return document.activeElement.tagName")).isEqualTo("MAIN");

		tab(browser);
		assertThat(
				browser.<Boolean>script("return document.getElementById('content').contains(document.activeElement)"))
			.as("the next tab stays in the main content")
			.isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = PageType.class, names = { "ARTICLE", "REVIEWS_FILTERED", "CITATION" })
	void everyElementTheKeyboardReachesShowsAFocusRing(PageType page, Browser browser) {
		page.open(browser);
		List<String> unmarked = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			tab(browser);
			boolean left = browser.script("return document.activeElement === document.body");
			if (!left && !focusRing(browser)) {
				unmarked.add(browser.script("const e = document.activeElement;"
						+ " return e.tagName + '.' + e.className + ' \"' + e.textContent.trim().slice(0, 40) + '\"'"));
			}
		}
		assertThat(unmarked).as("focused elements without a visible focus ring on %s", page).isEmpty();
	}

	@Test
	void quotedRussianAndItsTranscriptionAreMarkedWithTheirLanguages(Browser browser) {
		browser.open("/documents/the-khrushchev-thaw");
		assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("en");
		assertThat(browser.find("#p1 [lang=ru]").getText()).isEqualTo("Хрущёвская о́ттепель");
		assertThat(browser.find("#p1 [lang=ru-fonipa]").getText()).isEqualTo("[xrʊˈɕːɵfskəjə ˈotʲɪpʲɪlʲ]");
		assertThat(browser.find("#p2 [lang=ru]").getText()).isEqualTo("Оттепель");

		browser.open("/documents/the-khrushchev-thaw/source");
		assertThat(browser.find("#L1 td.text [lang=ru]").getText()).isEqualTo("Хрущёвская о́ттепель");
		assertThat(browser.find("#L1 td.text [lang=ru-fonipa]").getText()).isEqualTo("[xrʊˈɕːɵfskəjə ˈotʲɪpʲɪlʲ]");
		assertThat(browser.find("#L3 td.text [lang=ru]").getText()).isEqualTo("Оттепель");
	}

	private static void tab(Browser browser) {
		new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
	}

	/** Whether the focused element draws an outline or a box shadow. */
	private static boolean focusRing(Browser browser) {
		return browser.script("""
				const style = getComputedStyle(document.activeElement);
				const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
				return outline || style.boxShadow !== 'none';
				""");
	}

}

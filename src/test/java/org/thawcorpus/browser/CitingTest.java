package org.thawcorpus.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citing in a browser: a marker's reference on hover and keyboard focus without script,
 * the copy button copying the reference with its italics, and pages that the content
 * security policy lets through whole (their JSON-LD is data, never run).
 */
@BrowserTest
class CitingTest {

	private static final String ARTICLE = "/documents/the-khrushchev-thaw";

	/** Records every content security policy violation of the pages opened after it. */
	private static final String CSP_LISTENER = "window.__violations = [];"
			+ "document.addEventListener('securitypolicyviolation', (e) => "
			+ "window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample));";

	@BeforeEach
	void onAWideScreen(Browser browser) {
		browser.width(1280);
	}

	@Test
	void showsAMarkersReferenceOnKeyboardFocusAndOnHover(Browser browser) {
		browser.open(ARTICLE);
		WebElement marker = browser.find("#p3 a.cite-marker");
		WebElement tip = browser.find("#" + marker.getDomAttribute("aria-describedby"));
		assertThat(tip.isDisplayed()).isFalse();
		browser.script("arguments[0].focus()", marker);
		assertThat(tip.isDisplayed()).isTrue();
		assertThat(tip.getText()).startsWith("Bohdan Nahaylo and Victor Swoboda, Soviet Disunion");
		browser.script("arguments[0].blur()", marker);
		assertThat(tip.isDisplayed()).isFalse();
		new Actions(browser.driver()).moveToElement(marker).perform();
		Boolean shown = browser.waitUntil((d) -> tip.isDisplayed() ? true : null);
		assertThat(shown).isTrue();
	}

	@Test
	void goesFromTheReferenceListBackToEachMarker(Browser browser) {
		browser.open(ARTICLE);
		List<WebElement> backlinks = browser.findAll(".references a.backlink");
		assertThat(backlinks).hasSize(4);
		browser.follow(backlinks.get(2));
		assertThat(browser.<String>script("return document.querySelector(':target').className"))
			.isEqualTo("cite-marker");
	}

	@Test
	void copiesAReferenceAsRichTextAndPlainText(Browser browser) {
		browser.devTools("Browser.grantPermissions",
				Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
		browser.open("/documents/moscow-1956-the-silenced-spring/cite");
		WebElement button = browser.find("button[data-copy=work-1-bibliography]");
		assertThat(button.isDisplayed()).isTrue();
		button.click();
		String status = browser.waitUntil((d) -> {
			String text = browser.find("button[data-copy=work-1-bibliography] + .copy-status").getText();
			return text.isEmpty() ? null : text;
		});
		assertThat(status).isEqualTo("Copied, with its italics.");
		String html = browser.asyncScript("const done = arguments[arguments.length - 1];"
				+ "navigator.clipboard.read().then((items) => items[0].getType('text/html'))"
				+ ".then((blob) => blob.text()).then(done, (e) => done('failed: ' + e))");
		assertThat(html).contains("<i>Moscow 1956: The Silenced Spring</i>");
		String text = browser.asyncScript("const done = arguments[arguments.length - 1];"
				+ "navigator.clipboard.readText().then(done, (e) => done('failed: ' + e))");
		assertThat(text).isEqualTo("Smith, Kathleen E. Moscow 1956: The Silenced Spring. 2017.");
	}

	@Test
	void runsTheReadingAndCitePagesWithoutAViolationOfThePolicy(Browser browser) {
		browser.devTools("Page.enable", Map.of());
		browser.devTools("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_LISTENER));
		for (String path : List.of(ARTICLE, ARTICLE + "/cite", ARTICLE + "/cite/p5", "/citations")) {
			browser.open(path);
			assertThat(browser.<List<Object>>script("return window.__violations")).as(path).isEmpty();
		}
		for (String path : List.of(ARTICLE, ARTICLE + "/cite", ARTICLE + "/cite/p5")) {
			browser.open(path);
			Object type = browser
				.script("return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]')"
						+ ".textContent)['@type']");
			assertThat(type).as(path).isEqualTo("Article");
		}
		browser.open(ARTICLE + "/cite/p5");
		assertThat(browser.findAll("button.copy-reference")).allMatch(WebElement::isDisplayed);
		assertThat(browser.<List<Object>>script("return window.__violations")).isEmpty();
		browser.script("const s = document.createElement('script'); s.textContent = 'window.ran = 1';"
				+ " document.body.appendChild(s);");
		List<Object> caught = browser.waitUntil((d) -> {
			List<Object> found = browser.script("return window.__violations");
			return found.isEmpty() ? null : found;
		});
		assertThat(caught).as("the listener sees a violation when there is one").hasSize(1);
	}

}

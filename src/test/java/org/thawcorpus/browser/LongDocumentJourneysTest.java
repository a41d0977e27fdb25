package org.thawcorpus.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.thawcorpus.LongSources;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.importer.SourceImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader of a long document: an old address that names a passage by its fragment alone
 * finds the page that holds it, the page meets WCAG 2.1 A and AA with its page links and
 * contents, and the page links lead on and back.
 */
@BrowserTest
class LongDocumentJourneysTest {

	@TempDir
	Path dir;

	@Autowired
	SourceImporter importer;

	@Autowired
	DocumentRepository documents;

	@Test
	void anOldAddressWithOnlyAFragmentGoesToThePageHoldingThePassage(Browser browser) throws Exception {
		Path file = LongSources.plainText(this.dir, "A Long Essay", 450, 600);
		this.importer.importFile(file);
		String slug = this.documents.findBySourcePath(file.toString()).orElseThrow().getSlug();

		browser.open("/documents/" + slug + "#p300");
		browser.waitUntil((d) -> d.getCurrentUrl().contains("page="));
		assertThat(browser.path()).matches("/documents/" + slug + "\\?page=\\d+#p300");
		assertThat(browser.<String>script("return document.querySelector(':target').id")).isEqualTo("p300");

		assertThat(Axe.violations(browser)).as("WCAG 2.1 A/AA violations on a page of a long document").isEmpty();
		browser.width(375);
		assertThat(Axe.violations(browser)).as("the same at 375 px").isEmpty();
		browser.width(1280);

		String page = browser.find(".page-words").getText();
		browser.follow(browser.find("a[rel=next]"));
		assertThat(browser.find(".page-words").getText()).isNotEqualTo(page);
		browser.back();
		assertThat(browser.find(".page-words").getText()).isEqualTo(page);

		browser.open("/documents/" + slug + "#p2");
		assertThat(browser.path()).isEqualTo("/documents/" + slug + "#p2");
		assertThat(browser.find("#p2").isDisplayed()).isTrue();
	}

}

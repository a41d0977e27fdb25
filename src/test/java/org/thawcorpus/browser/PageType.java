package org.thawcorpus.browser;

import java.util.Locale;

/** One page of each kind the application shows, over the seeds. */
enum PageType {

	CORPUS("/"),

	ARTICLE("/documents/the-khrushchev-thaw"),

	BLOG_POST("/documents/a-thaw-that-would-not-refreeze"),

	BOOK("/documents/moscow-1956-the-silenced-spring"),

	REVIEWS_FILTERED("/documents/moscow-1956-the-silenced-spring/reviews?stars=unrated&sort=newest"),

	SOURCE("/documents/the-khrushchev-thaw/source"),

	CITATIONS("/citations"),

	/** The first citation of the list; ids depend on the order of import. */
	CITATION(null),

	CITE_PASSAGE("/documents/the-khrushchev-thaw/cite/p4"),

	CITE_DOCUMENT("/documents/moscow-1956-the-silenced-spring/cite?style=apa"),

	IMPORT_REPORT("/import-report"),

	PEOPLE("/people"),

	ENTITY("/entities/nikita-khrushchev"),

	TIMELINE("/timeline"),

	TIMELINE_YEAR("/timeline/1956"),

	TIMELINE_PERIOD("/timeline/periods/1980-1989"),

	SEARCH_RESULTS("/search?q=revol*"),

	SEARCH_SPELLINGS("/search?q=Kruschev"),

	CONCORDANCE("/search/concordance?q=Khrushchev&sort=left"),

	CONCORDANCE_GROUPS("/search/concordance?q=Khrushchev&group=form"),

	SEARCH_NOTHING_FOUND("/search?q=%22speech+secret%22&kind=BLOG_POST"),

	SEARCH_UNREADABLE("/search?q=%22secret+speech"),

	SEARCH_HIGHLIGHTS("/documents/moscow-1956-the-silenced-spring?q=Khrushchev"),

	NOT_FOUND("/documents/no-such-document"),

	PAST_THE_END("/documents/moscow-1956-the-silenced-spring/reviews?stars=5&page=2"),

	BAD_REQUEST("/documents/moscow-1956-the-silenced-spring/reviews?stars=7");

	private final String path;

	PageType(String path) {
		this.path = path;
	}

	/** Opens this page in the browser. */
	Browser open(Browser browser) {
		if (this.path != null) {
			return browser.open(this.path);
		}
		String first = browser.open("/citations").find("table.citations th a").getDomAttribute("href");
		return browser.open(first);
	}

	/** A file name for the page's screenshots. */
	String fileName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}

package org.thawcorpus.source;

import java.time.LocalDate;

/**
 * Who wrote a page, when, and where it appeared, as the page states it: a post's author,
 * its day of publication, the blog's name and the page's address. Any of them may be
 * missing.
 *
 * @param author the author, or null
 * @param published the day of publication, or null
 * @param site the blog or site the page belongs to, or null
 * @param url the page's own address as it states it (a canonical link), or null
 */
public record ParsedByline(String author, LocalDate published, String site, String url) implements ParsedPart {

	/** The longest author or site name kept. */
	public static final int MAX_LENGTH = 500;

	/** The longest address kept. */
	public static final int MAX_URL_LENGTH = 2000;

	public ParsedByline {
		author = name(author);
		site = name(site);
		url = (url != null && url.strip().matches("(?i)https?://\\S+") && url.strip().length() <= MAX_URL_LENGTH)
				? url.strip() : null;
	}

	/** A byline without an address. */
	public ParsedByline(String author, LocalDate published, String site) {
		this(author, published, site, null);
	}

	private static String name(String value) {
		if (value == null) {
			return null;
		}
		String name = value.strip();
		return (name.isEmpty() || name.length() > MAX_LENGTH) ? null : name;
	}

	/** Whether the page states none of the three. */
	public boolean isEmpty() {
		return this.author == null && this.published == null && this.site == null && this.url == null;
	}

}

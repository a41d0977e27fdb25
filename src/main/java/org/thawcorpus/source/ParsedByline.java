package org.thawcorpus.source;

import java.time.LocalDate;

/**
 * Who wrote a page, when, and where it appeared, as the page states it: a post's author,
 * its day of publication and the blog's name. Any of the three may be missing.
 *
 * @param author the author, or null
 * @param published the day of publication, or null
 * @param site the blog or site the page belongs to, or null
 */
public record ParsedByline(String author, LocalDate published, String site) implements ParsedPart {

	/** The longest author or site name kept. */
	public static final int MAX_LENGTH = 500;

	public ParsedByline {
		author = name(author);
		site = name(site);
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
		return this.author == null && this.published == null && this.site == null;
	}

}

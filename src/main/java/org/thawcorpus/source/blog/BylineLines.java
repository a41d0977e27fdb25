package org.thawcorpus.source.blog;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.source.ParsedByline;

/**
 * Who wrote a post and when, as a copy's byline lines print it ("Posted on March 3, 2019
 * by Anna Keller", "By Tamara Lindgren", "Posted by Ilse Varga at 10:20 PM"): the first
 * author and the first date found.
 */
final class BylineLines {

	private static final Pattern AUTHOR = Pattern.compile(
			"(?:^|\\s)[Bb]y\\s+(\\p{Lu}[\\p{L}\\p{M}.'\u2019 -]{0,80}?)\\s*(?:$|\\s(?:at|on|in|\u00b7)\\s|[|\u00b7\u2022,;(\u2013\u2014])");

	private String author;

	private LocalDate published;

	/** Reads a byline line, original text stripped. */
	void read(String line) {
		if (this.author == null) {
			Matcher m = AUTHOR.matcher(line);
			if (m.find()) {
				this.author = m.group(1).strip();
			}
		}
		if (this.published == null) {
			this.published = BlogDates.printed(line, null);
		}
	}

	/** What the byline lines said; empty if they said nothing readable. */
	ParsedByline result() {
		return new ParsedByline(this.author, this.published, null);
	}

}

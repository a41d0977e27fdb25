package org.thawcorpus.annotation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates and periods a text mentions. Pure function; the input is not modified.
 */
public final class DateRecognizer {

	private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");

	private DateRecognizer() {
	}

	/** The mentions in a text, in order, not overlapping. */
	public static List<DateMention> find(String text) {
		// TODO(annotation helper): months, full dates, ranges, decades ("the early
		// 1950s")
		List<DateMention> mentions = new ArrayList<>();
		Matcher m = YEAR.matcher(text);
		while (m.find()) {
			int year = Integer.parseInt(m.group(1));
			mentions.add(new DateMention(m.start(), m.end(), m.group(), year, year, m.group(1)));
		}
		return mentions;
	}

}

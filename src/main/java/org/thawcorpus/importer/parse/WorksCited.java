package org.thawcorpus.importer.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.citation.parse.CitationParser;
import org.thawcorpus.citation.parse.FoundCitation;

/** Works-cited lists: their headings and their entries, one entry a line. */
final class WorksCited {

	/** Headings of a works-cited list, as blogs and articles print them. */
	static final Pattern HEADING = Pattern.compile("(?i)(?:works? cited|works? consulted|sources(?: cited)?"
			+ "|references|bibliography|citations|notes(?: and references)?|footnotes|further reading)\\s*:?");

	private static final Pattern LIST_MARKER = Pattern
		.compile("^\\s*(?:\\d{1,3}[.)]\\s*)?(?:\\^(?:\\s[a-z]{1,2}\\b)*\\s*)?(?:[-*\u2022\u00b7]\\s+)?");

	private WorksCited() {
	}

	static boolean isHeading(String trimmed) {
		return HEADING.matcher(trimmed).matches();
	}

	/** The heading's title as printed, without a final colon. */
	static String title(String original) {
		return original.strip().replaceFirst("\\s*:$", "");
	}

	/**
	 * An entry of the list: the whole line is the passage, and one citation spans it
	 * without its list marker ("1.", "^ a b", "•").
	 */
	static ParsedPassage entry(String anchor, int line, String original) {
		Matcher marker = LIST_MARKER.matcher(TextFolding.fold(original));
		int start = marker.lookingAt() ? marker.end() : 0;
		int end = original.stripTrailing().length();
		if (start >= end) {
			start = original.length() - original.stripLeading().length();
		}
		String raw = original.substring(start, end);
		FoundCitation citation = new FoundCitation(start, end, raw, (char) 0, (char) 0, CitationParser.parse(raw));
		return new ParsedPassage(anchor, original, line, line, List.of(citation));
	}

}

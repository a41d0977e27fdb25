package org.thawcorpus.source;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.bibliography.CitationParser;
import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.text.TextFolding;

/**
 * Works-cited lists: their headings and their entries, one entry a line unless it wraps
 * onto the lines after it.
 */
public final class WorksCited {

	/** Headings of a works-cited list, as blogs and articles print them. */
	public static final Pattern HEADING = Pattern.compile("(?i)(?:works? cited|works? consulted|sources(?: cited)?"
			+ "|references|bibliography|citations|notes(?: and references)?|footnotes|further reading)\\s*:?");

	private static final Pattern LIST_MARKER = Pattern
		.compile("^\\s*(?:\\d{1,3}[.)]\\s*)?(?:\\^(?:\\s[a-z]{1,2}\\b)*\\s*)?(?:[-*\u2022\u00b7]\\s+)?");

	/** How an entry starts: a list marker, or a family name and a comma ("Starr, "). */
	private static final Pattern ENTRY_START = Pattern
		.compile("(?:\\d{1,3}[.)]\\s|\\^|[-*\u2022\u00b7]\\s|\\p{Lu}[\\p{L}'-]+,\\s|\"|\\[).*");

	/** How a line that ends an entry ends. */
	private static final Pattern ENTRY_END = Pattern.compile(".*[.)\\]\"'>]");

	private WorksCited() {
	}

	public static boolean isHeading(String trimmed) {
		return HEADING.matcher(trimmed).matches();
	}

	/** The heading's title as printed, without a final colon. */
	public static String title(String original) {
		return original.strip().replaceFirst("\\s*:$", "");
	}

	/**
	 * Whether line {@code n} carries on the entry that starts at line {@code first} and
	 * has so far ended at line {@code n - 1}: it follows that line directly and is
	 * indented deeper than the entry's first line, or starts in lower case, with a digit
	 * or punctuation, or follows a line that does not end as entries end and does not
	 * itself start as an entry starts.
	 */
	public static boolean continues(SourceLines lines, int first, int n) {
		if (n <= first || n > lines.count() || lines.isBlank(n) || lines.isBlank(n - 1)) {
			return false;
		}
		String trimmed = lines.trimmed(n);
		if (indent(lines.folded(n)) > indent(lines.folded(first))) {
			return true;
		}
		if (ENTRY_START.matcher(trimmed).matches() || WorksCited.isHeading(trimmed)) {
			return false;
		}
		char c = trimmed.charAt(0);
		boolean unlikeStart = Character.isLowerCase(c) || Character.isDigit(c) || ",;:.)-/&".indexOf(c) >= 0;
		return unlikeStart || !ENTRY_END.matcher(lines.trimmed(n - 1)).matches();
	}

	/**
	 * Adds line {@code n} to a list as a new entry, or to the entry it carries on, and
	 * records the line's use.
	 * @param nextAnchor gives the anchor of a new entry; called only when one starts
	 */
	public static void read(List<ParsedPassage> entries, SourceLines lines, LineLedger ledger, int n,
			Supplier<String> nextAnchor) {
		ParsedPassage previous = entries.isEmpty() ? null : entries.get(entries.size() - 1);
		if (previous != null && previous.lastLine() == n - 1 && continues(lines, previous.firstLine(), n)) {
			entries.set(entries.size() - 1, entry(previous.anchor(), lines, previous.firstLine(), n));
			ledger.assign(n, LineRole.CITATION, "works-cited entry, continued", previous.anchor());
			return;
		}
		String anchor = nextAnchor.get();
		entries.add(entry(anchor, n, lines.line(n)));
		ledger.assign(n, LineRole.CITATION, "works-cited entry", anchor);
	}

	private static int indent(String folded) {
		return folded.length() - folded.stripLeading().length();
	}

	/**
	 * An entry of the list on one line: the whole line is the passage, and one citation
	 * spans it without its list marker ("1.", "^ a b", "•").
	 */
	public static ParsedPassage entry(String anchor, int line, String original) {
		return entry(anchor, line, line, original);
	}

	/**
	 * An entry over lines {@code first} to {@code last}: its text is those lines joined
	 * by "\n", and one citation spans it without its list marker and final white space;
	 * the citation's fields are read with the line breaks as spaces. An entry longer than
	 * {@link FoundCitation#MAX_LENGTH} is a passage without a citation.
	 */
	public static ParsedPassage entry(String anchor, SourceLines lines, int first, int last) {
		String text = String.join("\n", lines.all().subList(first - 1, last));
		return entry(anchor, first, last, text);
	}

	private static ParsedPassage entry(String anchor, int first, int last, String original) {
		String folded = TextFolding.fold(original);
		Matcher marker = LIST_MARKER.matcher(folded);
		int start = marker.lookingAt() ? marker.end() : 0;
		int end = folded.stripTrailing().length();
		if (start >= end) {
			start = folded.length() - folded.stripLeading().length();
		}
		String raw = original.substring(start, end);
		if (raw.length() > FoundCitation.MAX_LENGTH) {
			return new ParsedPassage(anchor, original, first, last);
		}
		String oneLine = raw.replaceAll("[ \\t]*\\R\\s*", " ");
		FoundCitation citation = new FoundCitation(start, end, raw, (char) 0, (char) 0, CitationParser.parse(oneLine));
		return new ParsedPassage(anchor, original, first, last, List.of(citation));
	}

}

package org.thawcorpus.source;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.text.TextFolding;

/**
 * Where pages of any kind state their title, as {@link TitleRule}s for a kind to list
 * with its own: before a site's tagline, quoted by the comments header, after a series
 * line, under a date header, above the byline.
 */
public final class TitleRules {

	/** How many non-blank lines from the top a title is looked for. */
	static final int TOP_LINES = 80;

	/** A line this long is the body's text: the top of the page is over. */
	static final int BODY_LINE_LENGTH = 200;

	private static final Pattern TAGLINE = Pattern.compile("(?iu)(?:from|aus|de|desde) (?:the )?(?:wikipedia\\b"
			+ "|wikipédia\\b|[^,]{1,60}?(?:wiki|pedia)\\b).{0,60}");

	private static final String NUMBER = "(?:\\d[\\d,. ]*|no|one|two|three|four|five|six|seven|eight|nine|ten|ein|eine"
			+ "|zwei|drei|un|une|deux|trois|uno|una|dos|tres)";

	private static final Pattern COMMENTS_HEADER = Pattern.compile("(?iu)" + NUMBER + " (?:thoughts?|responses?"
			+ "|comments?|replies|reactions?|gedanken|kommentare?|antworten|réflexions?|commentaires?|réponses?"
			+ "|comentarios?|respuestas?) (?:on|to|about|zu|auf|sur|à|a|en|sobre|para|de) (?:\"|« ?|')?(.+?)(?:\"| ?»|')?");

	private static final Pattern SERIES = Pattern.compile("\\(?\\S.{0,100}?,? *#\\d{1,3}(?:\\.\\d)?\\)?");

	private static final Pattern SERIES_BELOW = Pattern.compile("\\([^()]{1,100}?,? *#\\d{1,3}(?:\\.\\d)?\\)");

	private static final Pattern WEEKDAY = Pattern.compile("(?iu)^(?:mon|tues|wednes|thurs|fri|satur|sun)day,? +"
			+ "|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi"
			+ "|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo),? +");

	private static final Pattern OTHER_DATE = Pattern.compile("(?iu)\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}"
			+ "|\\d{1,2}\\.? (?:de )?\\p{L}{3,10}\\.? (?:de )?\\d{4}|\\p{L}{3,10}\\.? \\d{1,2},? \\d{4}");

	private static final Pattern DATE_IN_LINE = Pattern.compile("(?iu)(?:" + Values.DATE + ")|" + OTHER_DATE.pattern());

	private static final Pattern BY = Pattern
		.compile("(?u)(?:(?:Posted|Written|Published) )?(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or) \\p{Lu}[\\p{L}.'\\- ]{1,60}?"
				+ "(?: (?:at|on|in|am|um|le|à|el|a las|·|\\||-|,) .{1,40})?");

	private static final Pattern AUTHOR = Pattern
		.compile("(?u)(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or) \\p{Lu}[\\p{L}.'\\- ]{1,60}");

	/** A byline's longest line. */
	private static final int BYLINE_MAX_LENGTH = 80;

	private static final int BYLINE_MAX_WORDS = 12;

	/**
	 * The line before "From Wikipedia, the free encyclopedia" or "From Stardew Valley
	 * Wiki".
	 */
	public static final TitleRule BEFORE_TAGLINE = TitleRules::beforeTagline;

	/**
	 * The line that the comments header quotes ("5 thoughts on “Title”", "12 Responses to
	 * Title"), its last copy above the header.
	 */
	public static final TitleRule QUOTED_BY_COMMENTS = TitleRules::quotedByComments;

	/**
	 * The line after a series line ("Moscow Trilogy #2"), or before "(Moscow Trilogy,
	 * #2)".
	 */
	public static final TitleRule AFTER_SERIES = TitleRules::afterSeries;

	/**
	 * The line right under a date standing alone ("Sunday, May 8, 2016"), prose after it.
	 */
	public static final TitleRule UNDER_DATE = TitleRules::underDate;

	/**
	 * The line above the byline ("By Anna Keller", "Posted on March 3, 2019", "Sarah
	 * Gooding March 9, 2017"), or above the standfirst between them.
	 */
	public static final TitleRule ABOVE_BYLINE = (lines, words) -> aboveByline(lines, words, false);

	/**
	 * The first line of text that is no furniture word, when the paragraph under it names
	 * it in its opening ("Mozilla" over "Mozilla is a free-software community").
	 */
	public static final TitleRule NAMED_BELOW = TitleRules::namedBelow;

	/**
	 * The line above an author's byline ("by Anna Keller", "von Anna Keller"), or above
	 * the standfirst between them; no dateline.
	 */
	public static final TitleRule ABOVE_AUTHOR = (lines, words) -> aboveByline(lines, words, true);

	/** The rules that hold for pages of every kind, in order of trust. */
	public static final List<TitleRule> GENERIC = List.of(BEFORE_TAGLINE, QUOTED_BY_COMMENTS, AFTER_SERIES, UNDER_DATE,
			ABOVE_BYLINE, NAMED_BELOW);

	/** How far into the paragraph under it a title is looked for. */
	private static final int OPENING_LENGTH = 200;

	private TitleRules() {
	}

	private static TitleCandidate beforeTagline(SourceLines lines, FurnitureWords words) {
		int previous = -1;
		int seen = 0;
		for (int n = lines.nextNonBlank(1); n > 0 && seen < TOP_LINES; n = lines.nextNonBlank(n + 1), seen++) {
			if (TAGLINE.matcher(lines.trimmed(n)).matches()) {
				return (previous > 0 && isTitle(lines, words, previous))
						? TitleCandidate.cued(previous, "the line before the site's tagline") : null;
			}
			previous = n;
		}
		return null;
	}

	private static TitleCandidate quotedByComments(SourceLines lines, FurnitureWords words) {
		for (int n = lines.nextNonBlank(1); n > 0; n = lines.nextNonBlank(n + 1)) {
			Matcher header = COMMENTS_HEADER.matcher(lines.trimmed(n));
			if (!header.matches()) {
				continue;
			}
			String quoted = TextFolding.matchKey(header.group(1).replaceAll("^[\"'«» ]+|[\"'«» ]+$", ""));
			for (int m = n - 1; m > 0 && !quoted.isEmpty(); m--) {
				if (!lines.isBlank(m) && TextFolding.matchKey(lines.trimmed(m)).equals(quoted)) {
					return TitleCandidate.cued(m, "the title the comments header quotes");
				}
			}
		}
		return null;
	}

	private static TitleCandidate afterSeries(SourceLines lines, FurnitureWords words) {
		int seen = 0;
		for (int n = lines.nextNonBlank(1); n > 0 && seen < TOP_LINES; n = lines.nextNonBlank(n + 1), seen++) {
			String text = lines.trimmed(n);
			if (text.length() >= BODY_LINE_LENGTH) {
				return null;
			}
			int next = lines.nextNonBlank(n + 1);
			if (next > 0 && SERIES.matcher(text).matches() && !SERIES.matcher(lines.trimmed(next)).matches()
					&& isTitle(lines, words, next)) {
				return new TitleCandidate(next, n, false, "the line after the series line");
			}
			if (next > 0 && SERIES_BELOW.matcher(lines.trimmed(next)).matches() && !SERIES.matcher(text).matches()
					&& isTitle(lines, words, n)) {
				return TitleCandidate.at(n, "the line above the series line");
			}
		}
		return null;
	}

	private static TitleCandidate underDate(SourceLines lines, FurnitureWords words) {
		int seen = 0;
		for (int n = lines.nextNonBlank(1); n > 0 && seen < TOP_LINES; n = lines.nextNonBlank(n + 1), seen++) {
			if (lines.trimmed(n).length() >= BODY_LINE_LENGTH) {
				return null;
			}
			if (n < lines.count() && !lines.isBlank(n + 1) && isDateAlone(lines.trimmed(n))
					&& isTitle(lines, words, n + 1)) {
				int after = lines.nextNonBlank(n + 2);
				if (after > 0 && lines.trimmed(after).length() > lines.trimmed(n + 1).length()
						&& words.word(lines.trimmed(after)) == null) {
					return new TitleCandidate(n + 1, n, false, "the line under the date");
				}
			}
		}
		return null;
	}

	private static TitleCandidate aboveByline(SourceLines lines, FurnitureWords words, boolean authorOnly) {
		int seen = 0;
		for (int n = lines.nextNonBlank(1); n > 0 && seen < TOP_LINES; n = lines.nextNonBlank(n + 1), seen++) {
			String text = lines.trimmed(n);
			if (text.length() >= BODY_LINE_LENGTH) {
				return null;
			}
			boolean dateHeader = isDateAlone(text) && n < lines.count() && !lines.isBlank(n + 1)
					&& isTitle(lines, words, n + 1);
			boolean byline = authorOnly ? AUTHOR.matcher(text).matches() : isByline(text);
			if (!byline || words.word(text) != null || dateHeader) {
				continue;
			}
			int above = previousNonBlank(lines, n - 1);
			if (above > 0 && isTitle(lines, words, above)) {
				return TitleCandidate.at(above, "the line above the byline");
			}
			int higher = (above > 0) ? previousNonBlank(lines, above - 1) : -1;
			if (higher > 0 && isTitle(lines, words, higher)
					&& lines.trimmed(above).length() > lines.trimmed(higher).length()) {
				return TitleCandidate.at(higher, "the line above the standfirst and byline");
			}
		}
		return null;
	}

	private static TitleCandidate namedBelow(SourceLines lines, FurnitureWords words) {
		int n = lines.nextNonBlank(1);
		while (n > 0 && words.word(lines.trimmed(n)) != null) {
			n = lines.nextNonBlank(n + 1);
		}
		int next = (n > 0) ? lines.nextNonBlank(n + 1) : -1;
		if (next < 0 || !isTitle(lines, words, n) || lines.trimmed(next).length() <= lines.trimmed(n).length()) {
			return null;
		}
		String opening = TextFolding.matchKey(lines.trimmed(next));
		opening = opening.substring(0, Math.min(opening.length(), OPENING_LENGTH));
		return opening.contains(TextFolding.matchKey(lines.trimmed(n)))
				? TitleCandidate.at(n, "the first line, named by the paragraph under it") : null;
	}

	/**
	 * A byline or dateline as printed under a title: short, naming an author or a date.
	 */
	public static boolean isByline(String trimmed) {
		if (trimmed.length() > BYLINE_MAX_LENGTH || trimmed.split("\\s+").length > BYLINE_MAX_WORDS) {
			return false;
		}
		return BY.matcher(trimmed).matches() || DATE_IN_LINE.matcher(trimmed).find();
	}

	/** A date and nothing else, a weekday allowed before it ("Sunday, May 8, 2016"). */
	public static boolean isDateAlone(String trimmed) {
		String date = WEEKDAY.matcher(trimmed).replaceFirst("");
		return Values.date(date) != null || OTHER_DATE.matcher(date).matches();
	}

	/** A line that may be a title: title-like, no furniture, no byline, no series. */
	private static boolean isTitle(SourceLines lines, FurnitureWords words, int n) {
		String text = lines.trimmed(n);
		return Titles.isTitleLike(text) && words.word(text) == null && !isByline(text) && !isDateAlone(text)
				&& !SERIES_BELOW.matcher(text).matches();
	}

	private static int previousNonBlank(SourceLines lines, int from) {
		for (int n = from; n > 0; n--) {
			if (!lines.isBlank(n)) {
				return n;
			}
		}
		return -1;
	}

}

package org.thawcorpus.source.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.source.OriginalText;

/**
 * The shapes that mark a copy of an encyclopedia article: headings with their "Edit"
 * links, the lead sentence that names the subject, the trailing sections and the page's
 * furniture. All tests take text folded for matching.
 */
final class ArticleShapes {

	static final int HEADING_MAX_LENGTH = 120;

	private static final Pattern BRACKET_EDIT = Pattern
		.compile("(?i)(.*?\\S)\\s*\\[\\s*edit(?:\\s*\\|\\s*edit source)?\\s*\\]");

	private static final Pattern EDIT_LINK = Pattern.compile("(?i)\\[\\s*edit(?:\\s*\\|\\s*edit source)?\\s*\\]|edit");

	private static final Pattern HEADING_TEXT = Pattern.compile("[\\p{Lu}\\d\"'].*[^.!?,;:]");

	private static final Pattern BODY_TRAILER = Pattern.compile("(?i)(?:see also|external links|related articles)");

	private static final Pattern LEAD_VERB = Pattern
		.compile("\\s*,?\\s*(?:is|was|are|were|refers to|may refer to|has been|had been|denotes|describes)\\b");

	private static final Pattern SUBJECT_BEFORE_VERB = Pattern
		.compile("(\\p{Lu}[^.,;:()\\[\\]{}]{0,100}?)\\s+(?:is|was|are|were|refers to|may refer to)\\b.*");

	private static final int SUBJECT_MAX_WORDS = 8;

	private static final List<Furniture> FURNITURE = List
		.of(new Furniture("From [\\p{L} ]+, the free encyclopedia", "site tagline"),
				new Furniture(
						"(?i)Jump to:? (?:navigation|search|content)(?:,? (?:jump to )?(?:navigation|search|content))*",
						"jump link"),
				new Furniture(
						"(?:Main articles?|Further information|See also|For other uses, see|This article is about)"
								+ "\\s*:?\\s.+|\"[^\"]{1,120}\" redirects here\\..*|Not to be confused with .+",
						"hatnote"),
				new Furniture("Retrieved from .+", "retrieval link"),
				new Furniture("(?:Hidden )?[Cc]ategor(?:y|ies)\\s*:.*", "category links"),
				new Furniture("This page was last edited on .+", "page footer"),
				new Furniture("(?i)[^/\\\\:*?\"<>|]{1,80}\\.(?:jpe?g|png|gif|svg|tiff?|webp)|(?:File|Image):.+",
						"image file name"),
				new Furniture("Enlarge", "enlarge link"));

	/** The table of contents' heading, as copied with its toggle. */
	private static final Pattern CONTENTS = Pattern.compile("(?i)contents(?:\\s*\\[?\\s*(?:hide|show)\\s*\\]?)?");

	/** An entry of the table of contents: "1 History", "2.1 Early years", "(Top)". */
	private static final Pattern CONTENTS_ENTRY = Pattern.compile(
			"(?i)\\d{1,2}(?:\\.\\d{1,2})*\\s+\\S.{0,118}|\\(top\\)|toggle .{1,120} subsection|\\[?(?:hide|show)\\]?");

	/** An editor's mark that a claim wants a source or a clarification. */
	private static final Pattern EDITOR_MARK = Pattern.compile("\\[(?:[a-z][a-z ]{0,40} needed|who\\?|when\\?"
			+ "|where\\?|which\\?|why\\?|according to whom\\?|by whom\\?|dubious(?: [-–] discuss)?"
			+ "|original research\\?|failed verification|dead link|not in citation given)\\]");

	private ArticleShapes() {
	}

	/**
	 * The title of a heading printed with its edit link on the same line ("TitleEdit",
	 * "Title[edit]"), cut from the original line; null if the line is no such heading.
	 */
	static String markedHeading(String original, String folded) {
		String trimmed = folded.strip();
		int titleEnd = -1;
		Matcher bracket = BRACKET_EDIT.matcher(trimmed);
		if (bracket.matches()) {
			titleEnd = bracket.end(1);
		}
		else if (trimmed.length() > 4 && trimmed.endsWith("Edit")
				&& !Character.isWhitespace(trimmed.charAt(trimmed.length() - 5))) {
			titleEnd = trimmed.length() - 4;
		}
		if (titleEnd < 0 || !isHeadingText(trimmed.substring(0, titleEnd))) {
			return null;
		}
		int lead = folded.length() - folded.stripLeading().length();
		return OriginalText.strip(original.substring(0, lead + titleEnd), folded.substring(0, lead + titleEnd));
	}

	/** A line that is only an edit link ("edit", "[edit]"). */
	static boolean isEditLink(String trimmed) {
		return EDIT_LINK.matcher(trimmed).matches();
	}

	/**
	 * Text short and plain enough to be a heading: no sentence punctuation at its end.
	 */
	static boolean isHeadingText(String trimmed) {
		return trimmed.length() <= HEADING_MAX_LENGTH && HEADING_TEXT.matcher(trimmed).matches();
	}

	/**
	 * "See also", "External links": trailing sections whose lines are the page's own
	 * text.
	 */
	static boolean isBodyTrailer(String trimmed) {
		return BODY_TRAILER.matcher(trimmed).matches();
	}

	static boolean isContentsHeading(String trimmed) {
		return CONTENTS.matcher(trimmed).matches();
	}

	static boolean isContentsEntry(String trimmed) {
		return CONTENTS_ENTRY.matcher(trimmed).matches();
	}

	/** The editor's marks in a text ("[citation needed]"), as offsets: start, end. */
	static List<int[]> editorMarks(String folded) {
		List<int[]> marks = new ArrayList<>();
		Matcher m = EDITOR_MARK.matcher(folded);
		while (m.find()) {
			marks.add(new int[] { m.start(), m.end() });
		}
		return marks;
	}

	/** The furniture a line is ("site tagline", "hatnote", ...), or null. */
	static String furniture(String trimmed) {
		for (Furniture furniture : FURNITURE) {
			if (furniture.pattern.matcher(trimmed).matches()) {
				return furniture.label;
			}
		}
		return null;
	}

	/**
	 * The subject a lead sentence defines, cut from the original: the words before a
	 * bracketed gloss followed by "is", "was", "refers to"... ("Glasnost (Russian: ...)
	 * refers to"), or, unless {@code bracketed} is required, a short subject directly
	 * followed by such a verb. Null if the line opens no such sentence.
	 */
	static String leadSubject(String original, String folded, boolean bracketed) {
		int open = indexOfAny(folded, "([{");
		if (open > 0) {
			int close = matchingClose(folded, open);
			if (close > 0 && LEAD_VERB.matcher(folded).region(close + 1, folded.length()).lookingAt()) {
				return subject(original.substring(0, open), folded.substring(0, open));
			}
		}
		if (bracketed) {
			return null;
		}
		Matcher verb = SUBJECT_BEFORE_VERB.matcher(folded.strip());
		if (!verb.matches()) {
			return null;
		}
		int lead = folded.length() - folded.stripLeading().length();
		return subject(original.substring(0, lead + verb.end(1)), folded.substring(0, lead + verb.end(1)));
	}

	private static String subject(String original, String folded) {
		String subject = OriginalText.strip(original, folded);
		String[] words = folded.strip().split("\\s+");
		boolean plausible = !subject.isEmpty() && words.length <= SUBJECT_MAX_WORDS && isHeadingText(folded.strip());
		return plausible ? subject : null;
	}

	private static int indexOfAny(String text, String chars) {
		for (int i = 0; i < text.length(); i++) {
			if (chars.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

	/** The offset of the bracket closing the one at {@code open}, of whatever kind. */
	private static int matchingClose(String text, int open) {
		int depth = 0;
		for (int i = open; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("([{".indexOf(c) >= 0) {
				depth++;
			}
			else if (")]}".indexOf(c) >= 0 && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	private record Furniture(Pattern pattern, String label) {

		Furniture(String regex, String label) {
			this(Pattern.compile(regex), label);
		}

	}

}

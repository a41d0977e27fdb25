package org.thawcorpus.source.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.source.OriginalText;

/**
 * The shapes that mark a copy of an encyclopedia article: headings with their "Edit"
 * links, the lead sentence that names the subject, the trailing sections and the editors'
 * marks. All tests take text folded for matching.
 */
final class ArticleShapes {

	static final int HEADING_MAX_LENGTH = 120;

	/** The words of a section's edit links, in the languages met. */
	private static final String EDIT_WORDS = "(?:edit|bearbeiten|modifier|editar|modifica)(?:\\s*\\|\\s*(?:edit source"
			+ "|quelltext bearbeiten|modifier le code|editar código(?: fuente|-fuente)?|modifica wikitesto))?";

	private static final Pattern BRACKET_EDIT = Pattern.compile("(?i)(.*?\\S)\\s*\\[\\s*" + EDIT_WORDS + "\\s*\\]");

	private static final Pattern EDIT_LINK = Pattern.compile("(?i)\\[\\s*" + EDIT_WORDS + "\\s*\\]|edit");

	/**
	 * A heading's text before a bracketed edit link: it may start with a small letter.
	 */
	private static final Pattern MARKED_HEADING_TEXT = Pattern.compile("[\\p{L}\\d\"'(].*[^.!?,;:]|[\\p{L}\\d]");

	private static final Pattern HEADING_TEXT = Pattern.compile("[\\p{Lu}\\d\"'].*[^.!?,;:]");

	private static final Pattern BODY_TRAILER = Pattern.compile("(?i)(?:see also|external links|related articles"
			+ "|siehe auch|weblinks|voir aussi|liens externes|véase también|enlaces externos)");

	private static final Pattern LEAD_VERB = Pattern
		.compile("\\s*,?\\s*(?:is|was|are|were|refers to|may refer to|has been|had been|denotes|describes)\\b");

	private static final Pattern SUBJECT_BEFORE_VERB = Pattern
		.compile("(\\p{Lu}[^.,;:()\\[\\]{}]{0,100}?)\\s+(?:is|was|are|were|refers to|may refer to)\\b.*");

	private static final int SUBJECT_MAX_WORDS = 8;

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
		String title = (titleEnd < 0) ? "" : trimmed.substring(0, titleEnd);
		boolean plausible = (bracket.matches())
				? title.length() <= HEADING_MAX_LENGTH && MARKED_HEADING_TEXT.matcher(title).matches()
				: isHeadingText(title);
		if (titleEnd < 0 || !plausible) {
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

	/** The editor's marks in a text ("[citation needed]"), as offsets: start, end. */
	static List<int[]> editorMarks(String folded) {
		List<int[]> marks = new ArrayList<>();
		Matcher m = EDITOR_MARK.matcher(folded);
		while (m.find()) {
			marks.add(new int[] { m.start(), m.end() });
		}
		return marks;
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

}

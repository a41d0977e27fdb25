package org.thawcorpus.source.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.thawcorpus.source.SourceLines;
import org.thawcorpus.text.TextFolding;

/**
 * A wiki's table of contents as a text copy prints it, in the body under the lead
 * ("Contents", "1 History", "1.1 Early years") or as the sidebar of the 2020s skins above
 * the title ("Contents", "move to sidebar", "hide", "(Top)", "1History", "Toggle History
 * subsection", "Toggle the table of contents"), numbered or not: its lines, and the
 * titles of the sections it lists, which name the article's headings when they carry no
 * edit link.
 *
 * @param heading the "Contents" line
 * @param entries the lines of the entries, in order
 * @param chrome the other lines of the box (toggles, "(Top)")
 * @param titles the sections' titles, folded for matching, in the entries' order
 */
record WikiContents(int heading, List<Integer> entries, List<Integer> chrome, List<String> titles) {

	/** How far from the top the contents are looked for, in non-blank lines. */
	private static final int SEARCH_LINES = 2000;

	private static final Pattern HEADING = Pattern.compile("(?iu)(?:contents|table of contents|contenidos|índice"
			+ "|inhaltsverzeichnis|inhalt|sommaire|contenu|indice)(?:\\s*\\[?\\s*(?:hide|show|masquer|afficher"
			+ "|verbergen|anzeigen|ocultar|mostrar)\\s*\\]?)?");

	/** The box's buttons and its first entry, which links to the top of the page. */
	private static final Pattern CHROME = Pattern.compile("(?iu)\\[?(?:hide|show|masquer|afficher|verbergen"
			+ "|anzeigen|ocultar|mostrar)\\]?|move to sidebar|mover a la barra lateral|in die seitenleiste verschieben"
			+ "|déplacer vers la barre latérale|\\((?:top)\\)|top|beginning|inicio|anfang|début"
			+ "|toggle (?:the )?.{1,120} subsection|alternar subsección .{1,120}|unterabschnitt .{1,120} umschalten"
			+ "|basculer la sous-section .{1,120}");

	private static final int TITLE_MAX_LENGTH = 150;

	/** The contents of a copy, or null if it prints none. */
	static WikiContents find(SourceLines lines) {
		int seen = 0;
		for (int n = lines.nextNonBlank(1); n > 0 && seen < SEARCH_LINES; n = lines.nextNonBlank(n + 1), seen++) {
			if (HEADING.matcher(lines.trimmed(n)).matches()) {
				WikiContents contents = read(lines, n);
				if (contents != null) {
					return contents;
				}
			}
		}
		return null;
	}

	/** Whether a line is one of the box's lines. */
	boolean holds(int line) {
		return line == this.heading || this.entries.contains(line) || this.chrome.contains(line);
	}

	/** The last line of the box. */
	int lastLine() {
		int last = this.heading;
		for (int n : this.entries) {
			last = Math.max(last, n);
		}
		for (int n : this.chrome) {
			last = Math.max(last, n);
		}
		return last;
	}

	/**
	 * The box under the heading at line {@code heading}: numbered entries, the first
	 * numbered 1; or, in a sidebar (known by its buttons), the lines up to its closing
	 * button. Null if fewer than two entries follow.
	 */
	private static WikiContents read(SourceLines lines, int heading) {
		List<Integer> entries = new ArrayList<>();
		List<Integer> chrome = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		String number = null;
		boolean sidebar = false;
		for (int n = lines.nextNonBlank(heading + 1); n > 0; n = lines.nextNonBlank(n + 1)) {
			String text = lines.trimmed(n);
			if (WikiFurniture.isContentsToggle(text)) {
				chrome.add(n);
				break;
			}
			if (CHROME.matcher(text).matches() && text.length() > 1) {
				chrome.add(n);
				sidebar = true;
				continue;
			}
			String[] numbered = numbered(text, number);
			if (numbered != null) {
				number = numbered[0];
				entries.add(n);
				titles.add(key(numbered[1]));
			}
			else if (sidebar && number == null && text.length() <= TITLE_MAX_LENGTH && endsSidebar(lines, n)) {
				entries.add(n);
				titles.add(key(text));
			}
			else {
				break;
			}
		}
		return (entries.size() >= 2) ? new WikiContents(heading, entries, chrome, titles) : null;
	}

	/**
	 * Whether an unnumbered entry's sidebar ends, within the entries' reach, with its
	 * closing button.
	 */
	private static boolean endsSidebar(SourceLines lines, int from) {
		int seen = 0;
		for (int n = from; n > 0 && seen < SEARCH_LINES; n = lines.nextNonBlank(n + 1), seen++) {
			String text = lines.trimmed(n);
			if (WikiFurniture.isContentsToggle(text)) {
				return true;
			}
			if (text.length() > TITLE_MAX_LENGTH) {
				return false;
			}
		}
		return false;
	}

	/**
	 * The number and title of an entry whose number follows {@code previous} (null before
	 * the first entry), printed with or without a space after it ("2.1 Early years",
	 * "2.1Early years"); null for any other line.
	 */
	static String[] numbered(String text, String previous) {
		for (String next : nextNumbers(previous)) {
			if (text.startsWith(next) && text.length() > next.length()) {
				String rest = text.substring(next.length());
				boolean spaced = Character.isWhitespace(rest.charAt(0));
				String title = rest.strip();
				if (!title.isEmpty() && title.length() <= TITLE_MAX_LENGTH && (spaced || rest.charAt(0) != '.')) {
					return new String[] { next, title };
				}
			}
		}
		return null;
	}

	/**
	 * The numbers that may follow an entry's: its first sub-entry, its next sibling, or
	 * the next sibling of one of its parents; longest first.
	 */
	private static List<String> nextNumbers(String previous) {
		List<String> next = new ArrayList<>();
		if (previous == null) {
			next.add("1");
			return next;
		}
		next.add(previous + ".1");
		String[] parts = previous.split("\\.");
		for (int depth = parts.length; depth >= 1; depth--) {
			StringBuilder b = new StringBuilder();
			for (int i = 0; i < depth - 1; i++) {
				b.append(parts[i]).append('.');
			}
			b.append(Integer.parseInt(parts[depth - 1]) + 1);
			next.add(b.toString());
		}
		return next;
	}

	/** A title or line folded for matching a heading to an entry. */
	static String key(String text) {
		return TextFolding.matchKey(text).replaceAll("\\s+", " ").strip();
	}

}

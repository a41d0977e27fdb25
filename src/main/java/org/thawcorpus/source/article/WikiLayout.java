package org.thawcorpus.source.article;

import java.util.regex.Pattern;

import org.thawcorpus.source.FurnitureWords;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.WorksCited;

/**
 * The boxes of a wiki page that a text copy prints among the article's lines, found by
 * their shape: the tabs and tools between the title and the tagline (2020s skins), the
 * infobox under the title ("Founded⇥1998": metadata), navigation boxes ("v", "t", "e" and
 * the lists under them; "Part of a series on"; lines of items joined by "•"), the
 * authority-control box and the category lists at the foot.
 */
final class WikiLayout {

	static final String NAVBOX = "navbox";

	static final String INFOBOX = "infobox";

	/** A line of an infobox: a short label, a tab, the value (or none). */
	private static final Pattern INFOBOX_ROW = Pattern.compile("\\s*[^\\t]{1,40}?\\s*\\t.*");

	/** The "view, talk, edit" links of a navigation box, on one line or three. */
	private static final Pattern VTE = Pattern.compile("(?i)v\\s*[·•|]?\\s*t\\s*[·•|]?\\s*e");

	private static final Pattern SERIES_BOX = Pattern.compile("(?iu)(?:part of a series (?:on|about)"
			+ "|teil einer (?:serie|artikelserie) (?:über|zu)|fait partie d'une série (?:sur|d'articles sur)"
			+ "|parte de una serie (?:sobre|de artículos sobre))(?:\\s*:)?(?: .{1,100})?");

	private static final Pattern AUTHORITY = Pattern
		.compile("(?iu)authority control(?: databases)?(?:\\s*:.*)?|normdaten(?:\\s*:.*)?|contrôle d'autorité.*"
				+ "|control de autoridades.*");

	/** A line of a navigation box's items: three at least, joined by bullets or bars. */
	private static final Pattern ITEMS = Pattern
		.compile("(?:[^\\t]{1,60}\\t)?[^•·|]{1,80}(?:\\s[•·|]\\s[^•·|]{1,80}){2,}");

	private static final Pattern LANGUAGES_END = Pattern
		.compile("(?iu)edit links|add links|links bearbeiten|modifier les liens|editar enlaces");

	/** A line of running text: long, or ending as a sentence does. */
	private static final Pattern PROSE = Pattern.compile(".{100,}|(?:\\S+\\s+){8,}.*[.!?:\"”)]");

	private static final int SHORT = 60;

	/** How many lines a sidebar box ("Part of a series on") may run. */
	private static final int SERIES_BOX_LINES = 200;

	private static final int INFOBOX_CAPTION_LINES = 3;

	private static final int INFOBOX_TAIL_LINES = 5;

	/** How many non-blank lines under the title an infobox is looked for. */
	private static final int INFOBOX_SEARCH_LINES = 300;

	private final SourceLines lines;

	private final FurnitureWords words;

	private final LineRole[] roles;

	private final String[] labels;

	private WikiLayout(SourceLines lines, FurnitureWords words) {
		this.lines = lines;
		this.words = words;
		this.roles = new LineRole[lines.count() + 2];
		this.labels = new String[lines.count() + 2];
	}

	/**
	 * Finds the boxes of a copy.
	 * @param lines the copy, its head and foot furniture blank
	 * @param words the furniture words
	 * @param title the title's line, or -1
	 * @param contents the table of contents, or null
	 */
	static WikiLayout of(SourceLines lines, FurnitureWords words, int title, WikiContents contents) {
		WikiLayout layout = new WikiLayout(lines, words);
		int bodyEnd = layout.bodyEnd();
		int tagline = layout.chromeUnderTitle(title);
		layout.infobox(Math.max(title, tagline) + 1, contents);
		layout.seriesBoxes(bodyEnd);
		layout.footBoxes(bodyEnd);
		layout.categories();
		layout.foot(bodyEnd);
		return layout;
	}

	/** What the line is in a box, or null if it lies in none. */
	LineRole role(int line) {
		return this.roles[line];
	}

	/** The box's name for the line, or null. */
	String label(int line) {
		return this.labels[line];
	}

	/**
	 * The first line after the article's text: "Retrieved from", or the categories if no
	 * heading and no reference follows them in the second half of the copy; one past the
	 * last line if neither.
	 */
	private int bodyEnd() {
		int categories = -1;
		for (int n = this.lines.nextNonBlank(1); n > 0; n = this.lines.nextNonBlank(n + 1)) {
			String text = this.lines.trimmed(n);
			String label = WikiFurniture.of(text);
			if (WikiFurniture.RETRIEVAL.equals(label)) {
				return n;
			}
			if (WikiFurniture.CATEGORIES.equals(label) && categories < 0 && n > this.lines.count() / 2) {
				categories = n;
			}
			else if (categories > 0 && (ArticleShapes.markedHeading(this.lines.line(n), this.lines.folded(n)) != null
					|| FootnoteLists.isBacklinked(text) || WorksCited.isHeading(text))) {
				categories = -1;
			}
		}
		return (categories > 0) ? categories : this.lines.count() + 1;
	}

	/** Everything after the article's text: the wiki's footer, whatever its words. */
	private void foot(int bodyEnd) {
		for (int n = bodyEnd; n <= this.lines.count(); n++) {
			if (!this.lines.isBlank(n)) {
				FurnitureWords.Word word = this.words.word(this.lines.trimmed(n));
				mark(n, LineRole.FURNITURE, (word != null) ? word.label() : "page footer");
			}
		}
	}

	/**
	 * The language button, tabs and tools that the 2020s skins print between the title
	 * and the tagline, or under the title down to the first line that is none of them
	 * when the copy has no tagline; returns the tagline's line, -1 if none follows the
	 * title.
	 */
	private int chromeUnderTitle(int title) {
		if (title < 1) {
			return -1;
		}
		int tagline = -1;
		for (int n = this.lines.nextNonBlank(title + 1); n > 0; n = this.lines.nextNonBlank(n + 1)) {
			String text = this.lines.trimmed(n);
			if (WikiFurniture.isTagline(text)) {
				tagline = n;
				break;
			}
			if (PROSE.matcher(text).matches() && this.words.word(text) == null && WikiFurniture.of(text) == null) {
				break;
			}
		}
		boolean languages = false;
		for (int n = this.lines.nextNonBlank(title + 1); n > 0
				&& (tagline < 0 || n < tagline); n = this.lines.nextNonBlank(n + 1)) {
			String text = this.lines.trimmed(n);
			FurnitureWords.Word word = this.words.word(text);
			boolean opens = WikiFurniture.isLanguageButton(text);
			languages = (languages || opens) && !LANGUAGES_END.matcher(text).matches();
			boolean tab = ArticleTitles.isPageAction(text);
			if (tagline < 0 && !opens && !languages && !tab && word == null
					&& !WikiFurniture.TOOLS.equals(WikiFurniture.of(text))) {
				break;
			}
			String label = (opens || languages) ? "language list"
					: tab ? "page tabs" : (word != null) ? word.label() : WikiFurniture.TOOLS;
			mark(n, LineRole.FURNITURE, label);
		}
		return tagline;
	}

	/**
	 * The infobox between the title and the lead: two rows at least ("Founded⇥1998"),
	 * with the values wrapped under them, its name and caption above them.
	 */
	private void infobox(int from, WikiContents contents) {
		int first = -1;
		int last = -1;
		int rows = 0;
		int seen = 0;
		for (int n = this.lines.nextNonBlank(from); n > 0
				&& seen < INFOBOX_SEARCH_LINES; n = this.lines.nextNonBlank(n + 1), seen++) {
			String text = this.lines.trimmed(n);
			if (WikiFurniture.of(text) != null || WikiFurniture.isPlacedHatnote(text)) {
				continue;
			}
			if ((contents != null && contents.holds(n))
					|| ArticleShapes.markedHeading(this.lines.line(n), this.lines.folded(n)) != null) {
				break;
			}
			String line = this.lines.line(n);
			boolean row = INFOBOX_ROW.matcher(line).matches() && isLabel(line.split("\\t")[0]);
			if (!row && PROSE.matcher(text).matches()) {
				break;
			}
			if (row) {
				first = (first < 0) ? n : first;
				last = n;
				rows++;
			}
		}
		if (rows < 2) {
			return;
		}
		int top = first;
		for (int k = 0, n = previous(first - 1); k < INFOBOX_CAPTION_LINES && n >= from && isBoxLine(n); k++) {
			top = n;
			n = previous(n - 1);
		}
		int bottom = last;
		for (int k = 0, n = last + 1; k < INFOBOX_TAIL_LINES && n <= this.lines.count() && !this.lines.isBlank(n)
				&& isBoxLine(n); k++, n++) {
			bottom = n;
		}
		for (int n = top; n <= bottom; n++) {
			if (!this.lines.isBlank(n) && WikiFurniture.of(this.lines.trimmed(n)) == null) {
				mark(n, LineRole.METADATA, INFOBOX);
			}
		}
	}

	private static boolean isLabel(String text) {
		String label = text.replace('\u00a0', ' ').strip();
		return !label.isEmpty() && label.split("\\s+").length <= 5 && !label.matches(".*[.!?]");
	}

	/** A short line that is no sentence and no known furniture: a box's name or item. */
	private boolean isBoxLine(int n) {
		String text = this.lines.trimmed(n);
		return text.length() <= SHORT && !text.matches(".*[.!?]") && WikiFurniture.of(text) == null
				&& this.words.word(text) == null;
	}

	/** Sidebar boxes ("Part of a series on ...") down to their "v t e" links. */
	private void seriesBoxes(int bodyEnd) {
		for (int n = this.lines.nextNonBlank(1); n > 0 && n < bodyEnd; n = this.lines.nextNonBlank(n + 1)) {
			if (!SERIES_BOX.matcher(this.lines.trimmed(n)).matches()) {
				continue;
			}
			int end = vte(n + 1, Math.min(bodyEnd, n + SERIES_BOX_LINES));
			if (end > 0) {
				markRange(n, end, LineRole.FURNITURE, NAVBOX);
				n = end;
			}
		}
	}

	/**
	 * The last line of the first "v t e" links between two lines, or -1: three lines "v",
	 * "t", "e", or one line "v t e".
	 */
	private int vte(int from, int to) {
		for (int n = this.lines.nextNonBlank(from); n > 0 && n < to; n = this.lines.nextNonBlank(n + 1)) {
			String text = this.lines.trimmed(n);
			if (VTE.matcher(text).matches() && text.length() > 1) {
				return n;
			}
			int t = this.lines.nextNonBlank(n + 1);
			int e = (t > 0) ? this.lines.nextNonBlank(t + 1) : -1;
			if (e > 0 && e < to && text.equalsIgnoreCase("v") && this.lines.trimmed(t).equalsIgnoreCase("t")
					&& this.lines.trimmed(e).equalsIgnoreCase("e")) {
				return e;
			}
		}
		return -1;
	}

	/**
	 * The navigation boxes and authority control at the foot of the text: from the first
	 * "v t e" or "Authority control" after which no running text follows, to the end of
	 * the text; else a run of lines of items joined by bullets, with their names.
	 */
	private void footBoxes(int bodyEnd) {
		int start = -1;
		for (int n = this.lines.nextNonBlank(1); n > 0 && n < bodyEnd; n = this.lines.nextNonBlank(n + 1)) {
			String text = this.lines.trimmed(n);
			boolean opens = (text.equalsIgnoreCase("v") && vte(n, n + 3) > 0)
					|| (VTE.matcher(text).matches() && text.length() > 1) || AUTHORITY.matcher(text).matches();
			if (opens && this.roles[n] == null && !hasProse(n, bodyEnd)) {
				start = n;
				break;
			}
		}
		if (start > 0) {
			for (int n = start; n < bodyEnd; n++) {
				if (!this.lines.isBlank(n)) {
					boolean authority = AUTHORITY.matcher(this.lines.trimmed(n)).matches();
					mark(n, LineRole.FURNITURE, authority ? "authority control" : NAVBOX);
				}
			}
			return;
		}
		bulletBoxes(bodyEnd);
	}

	/**
	 * The lines of items joined by bullets just above the end of the text, and their
	 * names.
	 */
	private void bulletBoxes(int bodyEnd) {
		int top = -1;
		int items = 0;
		int names = 0;
		for (int n = previous(bodyEnd - 1); n > 0; n = previous(n - 1)) {
			if (ITEMS.matcher(this.lines.trimmed(n)).matches()) {
				items++;
				names = 0;
				top = n;
			}
			else if (top > 0 && top - n <= 2 && ++names <= 2 && isBoxLine(n)) {
				top = n;
			}
			else {
				break;
			}
		}
		if (items >= 2) {
			markRange(top, bodyEnd - 1, LineRole.FURNITURE, NAVBOX);
		}
	}

	/**
	 * Whether a line of running text, a heading or a reference stands between two lines.
	 */
	private boolean hasProse(int from, int to) {
		for (int n = this.lines.nextNonBlank(from); n > 0 && n < to; n = this.lines.nextNonBlank(n + 1)) {
			String text = this.lines.trimmed(n);
			if ((PROSE.matcher(text).matches() && !ITEMS.matcher(text).matches())
					|| ArticleShapes.markedHeading(this.lines.line(n), this.lines.folded(n)) != null
					|| FootnoteLists.isBacklinked(text)) {
				return true;
			}
		}
		return false;
	}

	/** The category names under "Categories:" and "Hidden categories:". */
	private void categories() {
		for (int n = this.lines.nextNonBlank(1); n > 0; n = this.lines.nextNonBlank(n + 1)) {
			if (!WikiFurniture.CATEGORIES.equals(WikiFurniture.of(this.lines.trimmed(n)))) {
				continue;
			}
			for (int m = this.lines.nextNonBlank(n + 1); m > 0; m = this.lines.nextNonBlank(m + 1)) {
				String text = this.lines.trimmed(m);
				if (WikiFurniture.of(text) != null || this.words.word(text) != null || text.length() > 150
						|| text.matches(".*[.!?]")) {
					break;
				}
				mark(m, LineRole.FURNITURE, WikiFurniture.CATEGORIES);
				n = m;
			}
		}
	}

	private int previous(int from) {
		for (int n = from; n > 0; n--) {
			if (!this.lines.isBlank(n)) {
				return n;
			}
		}
		return -1;
	}

	private void markRange(int first, int last, LineRole role, String label) {
		for (int n = first; n <= last; n++) {
			if (!this.lines.isBlank(n)) {
				mark(n, role, label);
			}
		}
	}

	private void mark(int line, LineRole role, String label) {
		if (this.roles[line] == null) {
			this.roles[line] = role;
			this.labels[line] = label;
		}
	}

}

package org.thawcorpus.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The site furniture at the head and foot of a text copy (menus, tabs, search boxes,
 * sign-in prompts, language lists, archives, tag lists, share rows, footers), found by
 * its shape as runs of short, link-like lines held together by known
 * {@link FurnitureWords} that stop at the first line shaped like text and never reach the
 * title the page states.
 */
public final class TextFurniture {

	/** The longest line taken for a menu item. */
	static final int ITEM_MAX_LENGTH = 40;

	/** The longest line taken for an entry of a list under a heading ("Recent Posts"). */
	static final int ENTRY_MAX_LENGTH = 100;

	/** The longest excerpt, cut short, taken for an entry of a list of posts. */
	static final int EXCERPT_MAX_LENGTH = 300;

	private static final int ITEM_MAX_WORDS = 6;

	private static final int ENTRY_MAX_WORDS = 16;

	/** Unknown lines allowed between two known words. */
	private static final int GAP = 2;

	/** Unknown lines allowed between known words once a run has shown itself a menu. */
	private static final int GAP_IN_MENU = 3;

	/** Known words that show a run to be a menu. */
	private static final int MENU_WORDS = 4;

	/** The name of a site menu's items. */
	private static final String MENU = "site menu";

	/** The most lines a run is read over. */
	private static final int MAX_RUN = 500;

	/** Unknown entries allowed under a heading such as "Categories" or "Archives". */
	private static final int ENTRIES = 60;

	private static final Pattern DIGIT = Pattern.compile(".*\\d.*");

	private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]$");

	private static final Pattern TRUNCATED = Pattern.compile(".*(?:\\.\\.\\.|…)$");

	private final String[] labels;

	private final int headEnd;

	private final int footStart;

	private TextFurniture(String[] labels, int headEnd, int footStart) {
		this.labels = labels;
		this.headEnd = headEnd;
		this.footStart = footStart;
	}

	/**
	 * Finds the furniture at the head and foot of a copy.
	 * @param lines the copy
	 * @param words the furniture words, the kind's own included
	 * @param stated the title the page states, which neither run may reach (nor the first
	 * line its rule read); null for none
	 */
	static TextFurniture find(SourceLines lines, FurnitureWords words, TitleCandidate stated) {
		String[] labels = new String[lines.count() + 1];
		if (lines.isBlocks()) {
			return new TextFurniture(labels, 0, lines.count() + 1);
		}
		int headEnd = head(lines, words, (stated != null) ? stated.firstLine() : lines.count() + 1, labels);
		int footStart = foot(lines, words, Math.max(headEnd, (stated != null) ? stated.line() : 0), labels);
		return new TextFurniture(labels, headEnd, footStart);
	}

	/**
	 * Reads a text copy the way every kind's text reader does: finds the title the page
	 * states by the kind's rules, sets the furniture at the head and foot aside, lets the
	 * kind read the rest, and accounts each furniture line as {@link LineRole#FURNITURE}
	 * with its name.
	 * @param lines the copy
	 * @param words the furniture words, the kind's own included
	 * @param rules where the kind looks for the title, in order of trust
	 * @param reader the kind's reader of what is left
	 */
	public static ParsedDocument read(SourceLines lines, FurnitureWords words, List<TitleRule> rules,
			Function<TextPage, ParsedDocument> reader) {
		TitleCandidate stated = Titles.stated(lines, words, rules);
		TextFurniture furniture = find(lines, words, stated);
		ParsedDocument parsed = reader.apply(new TextPage(lines.without(furniture::isFurniture), stated, words));
		return furniture.account(parsed);
	}

	/** Whether the line is furniture of the head or foot. */
	boolean isFurniture(int line) {
		return this.labels[line] != null;
	}

	/**
	 * What a line of furniture is ("site menu", "page footer"), or null for other lines.
	 */
	String label(int line) {
		return this.labels[line];
	}

	/** The last line of the furniture at the head, 0 if there is none. */
	int headEnd() {
		return this.headEnd;
	}

	/**
	 * The first line of the furniture at the foot, one past the last line if there is
	 * none.
	 */
	int footStart() {
		return this.footStart;
	}

	/**
	 * A kind's reading of the lines left, with each furniture line (which the kind saw
	 * blank) accounted as furniture.
	 */
	ParsedDocument account(ParsedDocument parsed) {
		List<LineUse> uses = new ArrayList<>(parsed.lines().size());
		for (LineUse use : parsed.lines()) {
			boolean setAside = use.role() == LineRole.BLANK && use.line() < this.labels.length
					&& isFurniture(use.line());
			uses.add(setAside ? new LineUse(use.line(), LineRole.FURNITURE, label(use.line()), null) : use);
		}
		return new ParsedDocument(parsed.kind(), parsed.title(), parsed.sections(), parsed.parts(), parsed.notes(),
				uses);
	}

	/** Finds the head's run from the top; returns its last line, 0 for none. */
	private static int head(SourceLines lines, FurnitureWords words, int limit, String[] labels) {
		List<Entry> entries = new ArrayList<>();
		for (int n = 1; n < limit && entries.size() < MAX_RUN; n++) {
			if (!lines.isBlank(n)) {
				Entry entry = entry(lines, words, n);
				if (entry.word() == null && !isItem(entry.text(), true)) {
					break;
				}
				entries.add(entry);
			}
		}
		int end = -1;
		int own = 0;
		int unknown = 0;
		int reach = reach(entries, 0);
		for (int i = 0; i <= reach; i++) {
			Entry entry = entries.get(i);
			if (entry.word() == null) {
				unknown++;
			}
			else if (!entry.word().kinds() && isDense(++own, unknown)) {
				end = i;
			}
		}
		int last = (end >= 0) ? entries.get(end).line() : 0;
		label(lines, words, 1, last, "page header", labels);
		return last;
	}

	/**
	 * Finds the foot's run from the bottom, never above {@code above}; returns its first
	 * line, one past the last line for none.
	 */
	private static int foot(SourceLines lines, FurnitureWords words, int above, String[] labels) {
		List<Entry> entries = new ArrayList<>();
		for (int n = lines.count(); n > above && entries.size() < MAX_RUN; n--) {
			if (!lines.isBlank(n)) {
				Entry entry = entry(lines, words, n);
				if (entry.word() == null && !isItem(entry.text(), true)) {
					break;
				}
				entries.add(0, entry);
			}
		}
		for (int from = 0; from < entries.size(); from++) {
			Entry first = entries.get(from);
			if (first.word() != null && !first.word().kinds() && reach(entries, from) == entries.size() - 1
					&& isDense(entries.subList(from, entries.size()))) {
				label(lines, words, first.line(), lines.count(), "page footer", labels);
				return first.line();
			}
		}
		return lines.count() + 1;
	}

	/**
	 * How far a run read down from an entry holds together: the index of its last entry
	 * before an entry that is no menu item, or a gap between known words longer than the
	 * run allows. Under a heading ("Categories", "Archives") the entries may run long.
	 */
	private static int reach(List<Entry> entries, int from) {
		boolean heading = false;
		int known = 0;
		int gap = 0;
		for (int i = from; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			if (entry.word() != null) {
				known++;
				gap = 0;
				heading |= entry.word().heading();
				continue;
			}
			gap++;
			int allowed = heading ? ENTRIES : (known >= MENU_WORDS) ? GAP_IN_MENU : GAP;
			if (!isItem(entry.text(), heading) || gap > allowed) {
				return i - 1;
			}
		}
		return entries.size() - 1;
	}

	private static boolean isDense(List<Entry> run) {
		int own = 0;
		int unknown = 0;
		for (Entry entry : run) {
			if (entry.word() == null) {
				unknown++;
			}
			else if (!entry.word().kinds()) {
				own++;
			}
		}
		return isDense(own, unknown);
	}

	private static Entry entry(SourceLines lines, FurnitureWords words, int n) {
		String text = lines.trimmed(n);
		return new Entry(n, text, words.word(text));
	}

	/** A non-blank line of a run, with its furniture word or null. */
	private record Entry(int line, String text, FurnitureWords.Word word) {

	}

	/**
	 * Whether a run holds enough known words for its other lines to be taken as furniture
	 * too: none other, or two known words at least and one for every two others.
	 */
	private static boolean isDense(int known, int unknown) {
		return unknown == 0 || (known >= 2 && known * 2 >= unknown);
	}

	/**
	 * Whether a line is shaped like a link of a menu: short, few words, no sentence's
	 * end, no figures; an entry under a heading may be longer and carry figures, and an
	 * excerpt under it, cut short, longer still.
	 */
	static boolean isItem(String text, boolean underHeading) {
		boolean truncated = TRUNCATED.matcher(text).matches();
		if (SENTENCE_END.matcher(text).matches() && !truncated) {
			return false;
		}
		int words = text.split("\\s+").length;
		if (underHeading) {
			return (text.length() <= ENTRY_MAX_LENGTH && words <= ENTRY_MAX_WORDS)
					|| (truncated && text.length() <= EXCERPT_MAX_LENGTH);
		}
		return text.length() <= ITEM_MAX_LENGTH && words <= ITEM_MAX_WORDS && !DIGIT.matcher(text).matches();
	}

	/**
	 * Names each non-blank line of a run: a known word by its name; any other line by the
	 * name of the heading above it ("Categories": its entry), or of a menu's item above
	 * it, else by where the run stands ("page header", "page footer").
	 */
	private static void label(SourceLines lines, FurnitureWords words, int first, int last, String place,
			String[] labels) {
		FurnitureWords.Word heading = null;
		FurnitureWords.Word current = null;
		for (int n = first; n <= last; n++) {
			if (lines.isBlank(n)) {
				continue;
			}
			FurnitureWords.Word word = words.word(lines.trimmed(n));
			if (word != null) {
				current = word;
				heading = word.heading() ? word : heading;
				labels[n] = word.label();
			}
			else if (heading != null) {
				labels[n] = heading.label();
			}
			else {
				labels[n] = (current != null && current.label().equals(MENU)) ? MENU : place;
			}
		}
	}

}

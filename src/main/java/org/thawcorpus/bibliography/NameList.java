package org.thawcorpus.bibliography;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a list of personal names as printed in a citation: "Family, Given; Family,
 * Given", "Given Family and Given Family", "Family, Given, and Given Family", initials
 * included. Corporate names are kept whole as literals.
 */
final class NameList {

	private static final Pattern CONJUNCTION = Pattern
		.compile("(?<![\\s,])(?:\\s*,)?\\s+(?:and|&|und|et|и)\\s+|(?<!\\s)\\s*&\\s*");

	private static final Pattern ET_AL = Pattern.compile("(?i),?\\s*(?:et\\s+al\\.?|and\\s+others)\\s*$");

	private static final Pattern BY = Pattern.compile("(?i)^\\s*by\\s+");

	/** A capitalised word, hyphenated or with an apostrophe, or all in capitals. */
	private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'\\-]*");

	/** How far from a text's end "et al." is looked for. */
	private static final int ET_AL_REACH = 100;

	/**
	 * One to twenty initials: "A.", "J.-P.", "A.N.", "A" (without period, as in "Smith
	 * A").
	 */
	private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.?-?){1,20}\\.?");

	private static final Pattern NOT_IN_NAMES = Pattern.compile("[\\d\"():?!/\n\u0001]");

	private static final Set<String> PARTICLES = Set.of("van", "von", "de", "del", "della", "der", "den", "di", "da",
			"du", "le", "la", "ter", "ten", "al", "el", "bin", "ibn", "dos", "das", "zu", "af", "av");

	private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

	private static final Pattern CORPORATE = Pattern.compile(
			"(?i)\\b(?:committee|institute|party|union|agency|office|ministry|council|press|radio|association|society|"
					+ "department|university|academy|bureau|commission|government|library|archive|archives|foundation|"
					+ "center|centre|service|congress|group|editors|staff|news|times)\\b");

	private final SourceText src;

	private final List<PersonName> names = new ArrayList<>();

	private NameList(SourceText src) {
		this.src = src;
	}

	/**
	 * The names in a stretch of the text, in order; "et al." and a leading "by" are
	 * dropped.
	 */
	static List<PersonName> parse(SourceText src, int start, int end) {
		NameList list = new NameList(src);
		int[] t = bounds(src, start, end);
		list.readList(t[0], t[1]);
		return List.copyOf(list.names);
	}

	/**
	 * "Et al." at the end of a text, looked for among its last characters only, so that a
	 * long run of white space is not scanned from every place in it.
	 */
	private static Matcher etAl(String text) {
		return ET_AL.matcher(text).region(Math.max(0, text.length() - ET_AL_REACH), text.length());
	}

	/** Whether a stretch ends with "et al." or "and others". */
	static boolean hasEtAl(SourceText src, int start, int end) {
		return etAl(src.work(start, end)).find();
	}

	/**
	 * Whether a stretch reads as a list of personal names: capitalised words, initials
	 * and particles only, at most five words a name, no digits, no quotes.
	 */
	static boolean looksLikeNames(SourceText src, int start, int end) {
		int[] t = bounds(src, start, end);
		if (t[0] >= t[1]) {
			return false;
		}
		String text = src.work(t[0], t[1]);
		if (NOT_IN_NAMES.matcher(text).find() || CORPORATE.matcher(text).find()) {
			return false;
		}
		for (String name : text.split(CONJUNCTION.pattern() + "|[;,]")) {
			String[] words = name.strip().split("\\s+");
			if (name.isBlank() || words.length > 5) {
				return false;
			}
			for (String word : words) {
				String bare = stripPeriod(word);
				boolean ok = WORD.matcher(bare).matches() || INITIALS.matcher(word).matches()
						|| PARTICLES.contains(bare) || SUFFIXES.contains(word.toLowerCase(Locale.ROOT));
				if (!ok) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * Whether a stretch reads as one personal name in natural order of two to four words.
	 */
	static boolean looksLikeNaturalName(SourceText src, int start, int end) {
		int[] t = bounds(src, start, end);
		if (!looksLikeNames(src, t[0], t[1])) {
			return false;
		}
		String text = src.work(t[0], t[1]);
		if (text.indexOf(',') >= 0 || text.indexOf(';') >= 0) {
			return false;
		}
		for (String name : CONJUNCTION.split(text)) {
			int words = name.strip().split("\\s+").length;
			if (words < 2 || words > 4) {
				return false;
			}
		}
		return true;
	}

	private static int[] bounds(SourceText src, int start, int end) {
		int[] t = src.trim(start, end);
		Matcher by = BY.matcher(src.work(t[0], t[1]));
		if (by.find()) {
			t = src.trim(t[0] + by.end(), t[1]);
		}
		Matcher etAl = etAl(src.work(t[0], t[1]));
		if (etAl.find()) {
			t = src.trim(t[0], t[0] + etAl.start());
		}
		return t;
	}

	private void readList(int start, int end) {
		String text = this.src.work(start, end);
		if (text.indexOf(';') >= 0) {
			for (int[] part : split(start, end, Pattern.compile(";"))) {
				readGroup(part[0], part[1]);
			}
			return;
		}
		for (int[] part : split(start, end, CONJUNCTION)) {
			readGroup(part[0], part[1]);
		}
	}

	/** A stretch between conjunctions: one name, or names separated by commas. */
	private void readGroup(int start, int end) {
		List<int[]> parts = split(start, end, Pattern.compile(","));
		if (parts.size() == 1) {
			readName(start, end);
			return;
		}
		if (isFamily(parts.get(0)) && isGiven(parts.get(1))) {
			boolean pairs = parts.size() % 2 == 0 && parts.stream().allMatch((p) -> words(p) == 1);
			if (parts.size() == 2 || !pairs) {
				addInverted(parts.get(0), parts.get(1));
				for (int[] part : parts.subList(2, parts.size())) {
					readName(part[0], part[1]);
				}
				return;
			}
			for (int i = 0; i + 1 < parts.size(); i += 2) {
				addInverted(parts.get(i), parts.get(i + 1));
			}
			return;
		}
		for (int[] part : parts) {
			readName(part[0], part[1]);
		}
	}

	/** One name in natural order: given names, then family name with its particles. */
	private void readName(int start, int end) {
		String literal = this.src.sliceWithoutPeriod(start, end);
		if (literal == null) {
			return;
		}
		int[] t = this.src.trim(start, end);
		String text = this.src.work(t[0], t[1]);
		if (CORPORATE.matcher(text).find() || text.split("\\s+").length > 5) {
			this.names.add(new PersonName(null, null, literal));
			return;
		}
		List<int[]> words = wordBounds(t[0], t[1]);
		int last = words.size() - 1;
		while (last > 0
				&& SUFFIXES.contains(this.src.work(words.get(last)[0], words.get(last)[1]).toLowerCase(Locale.ROOT))) {
			last--;
		}
		int familyStart = last;
		while (familyStart > 0
				&& PARTICLES.contains(this.src.work(words.get(familyStart - 1)[0], words.get(familyStart - 1)[1]))) {
			familyStart--;
		}
		String family = this.src.sliceWithoutPeriod(words.get(familyStart)[0], words.get(last)[1]);
		String given = (familyStart > 0) ? this.src.slice(words.get(0)[0], words.get(familyStart - 1)[1]) : null;
		this.names.add(new PersonName(family, given, literal));
	}

	private void addInverted(int[] family, int[] given) {
		String literal = this.src.sliceWithoutPeriod(family[0], given[1]);
		this.names.add(new PersonName(this.src.slice(family[0], family[1]),
				this.src.sliceWithoutPeriod(given[0], given[1]), literal));
	}

	/** Particles, then one or two capitalised words: "Marsh-Tennant", "van der Berg". */
	private boolean isFamily(int[] part) {
		String[] words = this.src.work(part[0], part[1]).strip().split("\\s+");
		int i = 0;
		while (i < words.length - 1 && PARTICLES.contains(words[i])) {
			i++;
		}
		int rest = words.length - i;
		if (rest < 1 || rest > 2) {
			return false;
		}
		for (; i < words.length; i++) {
			if (!WORD.matcher(words[i]).matches()) {
				return false;
			}
		}
		return true;
	}

	/** One to four given names or initials, possibly with a suffix ("Jr."). */
	private boolean isGiven(int[] part) {
		String[] words = this.src.work(part[0], part[1]).strip().split("\\s+");
		if (words.length > 4) {
			return false;
		}
		for (String word : words) {
			boolean ok = WORD.matcher(stripPeriod(word)).matches() || INITIALS.matcher(word).matches()
					|| PARTICLES.contains(word) || SUFFIXES.contains(word.toLowerCase(Locale.ROOT));
			if (!ok) {
				return false;
			}
		}
		return true;
	}

	private int words(int[] part) {
		return this.src.work(part[0], part[1]).strip().split("\\s+").length;
	}

	private static String stripPeriod(String word) {
		return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
	}

	/** Trimmed, non-empty stretches between the matches of a separator. */
	private List<int[]> split(int start, int end, Pattern separator) {
		List<int[]> parts = new ArrayList<>();
		Matcher m = separator.matcher(this.src.work(start, end));
		int from = start;
		while (m.find()) {
			addTrimmed(parts, from, start + m.start());
			from = start + m.end();
		}
		addTrimmed(parts, from, end);
		return parts;
	}

	private void addTrimmed(List<int[]> parts, int start, int end) {
		int[] t = this.src.trim(start, end);
		if (t[0] < t[1]) {
			parts.add(t);
		}
	}

	private List<int[]> wordBounds(int start, int end) {
		List<int[]> words = new ArrayList<>();
		int i = start;
		while (i < end) {
			while (i < end && Character.isWhitespace(this.src.at(i))) {
				i++;
			}
			int s = i;
			while (i < end && !Character.isWhitespace(this.src.at(i))) {
				i++;
			}
			if (s < i) {
				words.add(new int[] { s, i });
			}
		}
		return words;
	}

}

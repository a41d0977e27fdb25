package org.thawcorpus.annotation.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the register's entries named in a text. Pure function of the register and the
 * text; the input is not modified.
 * <ul>
 * <li>Spellings match whole words, regardless of case (unless the register asks for the
 * case written), diacritics ("Hruščev" as "Hruscev"), typography (curly quotes, dashes,
 * non-breaking spaces) and hyphens against spaces; offsets are those of the original
 * text.</li>
 * <li>A possessive matches the name it follows: in "Khrushchev's" the mention is
 * "Khrushchev".</li>
 * <li>The longest match wins, leftmost first: "Hungarian Revolution of 1956" is one
 * event, and a name inside a longer one is not a mention of its own.</li>
 * <li>A one-word name of a person, or a one-word spelling whose case matters ("Party"),
 * does not count right after another capitalised word that is not a title, not part of a
 * mention and not opening the sentence: in "Hedrick Smith" or "Labour Party" it is part
 * of a name the register does not know.</li>
 * <li>A guarded spelling ("?Hungry") counts only as written, not opening a sentence, and
 * in a sentence that also names what its entry's context asks for (another place, its
 * author).</li>
 * <li>Nothing inside a web address is a mention.</li>
 * </ul>
 */
public final class EntityRecognizer {

	/**
	 * A version of these rules: it changes whenever they do, so stored mentions are
	 * renewed.
	 */
	public static final String RULES = "entities-2";

	/**
	 * How many characters more than its spelling a name may take in the text (white
	 * space, hyphens, soft hyphens between its parts); a name spread wider is not a
	 * mention.
	 */
	private static final int MAX_SLACK = 40;

	private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "professor", "prof", "premier",
			"president", "chairman", "secretary", "general", "generalissimo", "marshal", "comrade", "minister", "tsar",
			"czar", "sir", "lord", "lady", "saint", "st", "father", "pope", "citizen", "academician", "writer", "poet",
			"author");

	private static final Pattern WEB_ADDRESS = Pattern.compile("(?:https?://|www\\.)\\S+");

	private static final String OPENERS = "\"'“‘„«([{•*–—-";

	private final Map<String, List<Key>> byPrefix = new HashMap<>();

	public EntityRecognizer(Register register) {
		int order = 0;
		for (RegisterEntry entry : register.entries()) {
			order++;
			for (Variant variant : entry.variants()) {
				String key = FoldedText.key(variant.text());
				Key k = new Key(key, FoldedText.caseKey(variant.text()), entry, variant, key.indexOf(' ') < 0, order);
				this.byPrefix.computeIfAbsent(key.substring(0, 2), (p) -> new ArrayList<>()).add(k);
			}
		}
	}

	/** The mentions in a text, in order, not overlapping. */
	public List<EntityMention> find(String text) {
		return mentions(text, resolved(text, candidates(text)));
	}

	/**
	 * The mentions of {@link #find}, and the names of other entries inside them that the
	 * longest match hides ("Khrushchev" in "the Khrushchev thaw", "Moscow" in "Moscow
	 * 1956"), in order of their start: a search finds a name under its variants wherever
	 * it stands. Inner names in the case their spelling asks for count; guarded ones do
	 * not.
	 */
	public List<EntityMention> findWithInnerNames(String text) {
		return recognize(text).withInnerNames();
	}

	/**
	 * The mentions of {@link #find} and of {@link #findWithInnerNames}, from one reading
	 * of the text.
	 */
	public Recognition recognize(String text) {
		List<Candidate> all = candidates(text);
		List<Candidate> outer = resolved(text, all);
		List<Candidate> inner = new ArrayList<>();
		for (Candidate c : all) {
			if (c.key().variant().guarded() || !caseMatches(c, text)) {
				continue;
			}
			boolean hidden = outer.stream()
				.anyMatch((o) -> o != c && o.start() <= c.start() && c.end() <= o.end()
						&& o.key().entry() != c.key().entry() && o.end() - o.start() > c.end() - c.start());
			if (hidden) {
				inner.add(c);
			}
		}
		List<EntityMention> mentions = mentions(text, outer);
		if (inner.isEmpty()) {
			return new Recognition(mentions, mentions);
		}
		List<Candidate> both = new ArrayList<>(outer);
		both.addAll(resolve(inner));
		both.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
		return new Recognition(mentions, mentions(text, both));
	}

	/**
	 * The register's mentions in one text.
	 *
	 * @param mentions as {@link #find} gives them
	 * @param withInnerNames as {@link #findWithInnerNames} gives them
	 */
	public record Recognition(List<EntityMention> mentions, List<EntityMention> withInnerNames) {

	}

	private static List<EntityMention> mentions(String text, List<Candidate> candidates) {
		return candidates.stream()
			.map((c) -> new EntityMention(c.start(), c.end(), text.substring(c.start(), c.end()), c.key().entry(),
					c.key().variant()))
			.toList();
	}

	private static List<Candidate> resolved(String text, List<Candidate> all) {
		List<Candidate> plain = new ArrayList<>();
		List<Candidate> guarded = new ArrayList<>();
		for (Candidate c : all) {
			if (!caseMatches(c, text) || isPartOfLongerName(c, text, all)) {
				continue;
			}
			(c.key().variant().guarded() ? guarded : plain).add(c);
		}
		List<Candidate> context = resolve(plain);
		List<Candidate> valid = new ArrayList<>(plain);
		for (Candidate c : guarded) {
			if (contextAllows(c, text, context)) {
				valid.add(c);
			}
		}
		return resolve(valid);
	}

	/**
	 * The canonical names and every spelling of the entries a text names, inner names
	 * included: indexed with a passage, they let a search under any spelling find it.
	 */
	public Set<String> searchTerms(String text) {
		return searchTerms(findWithInnerNames(text));
	}

	/** The canonical names and every spelling of the entries of some mentions. */
	public static Set<String> searchTerms(List<EntityMention> mentions) {
		Set<String> terms = new LinkedHashSet<>();
		for (EntityMention mention : mentions) {
			terms.addAll(mention.entry().spellings());
		}
		return terms;
	}

	private List<Candidate> candidates(String text) {
		FoldedText folded = FoldedText.of(text);
		String s = folded.folded();
		List<int[]> addresses = new ArrayList<>();
		Matcher web = WEB_ADDRESS.matcher(text);
		while (web.find()) {
			addresses.add(new int[] { web.start(), web.end() });
		}
		List<Candidate> found = new ArrayList<>();
		for (int i = 0; i + 2 <= s.length(); i++) {
			if (!isWord(s.charAt(i)) || (i > 0 && isWord(s.charAt(i - 1)))) {
				continue;
			}
			List<Key> keys = this.byPrefix.get(s.substring(i, i + 2));
			if (keys == null) {
				continue;
			}
			for (Key key : keys) {
				int end = i + key.key().length();
				if (s.startsWith(key.key(), i) && (end == s.length() || !isWord(s.charAt(end)))) {
					Candidate candidate = new Candidate(folded.start(i), folded.end(end), key);
					if (candidate.end() - candidate.start() > key.key().length() + MAX_SLACK) {
						continue;
					}
					if (addresses.stream().noneMatch((a) -> candidate.start() < a[1] && candidate.end() > a[0])) {
						found.add(candidate);
					}
				}
			}
		}
		return found;
	}

	private static boolean caseMatches(Candidate c, String text) {
		return !c.key().variant().exactCase()
				|| FoldedText.caseKey(text.substring(c.start(), c.end())).equals(c.key().caseKey());
	}

	private static boolean isPartOfLongerName(Candidate c, String text, List<Candidate> all) {
		Key key = c.key();
		if (!key.oneWord() || (key.entry().type() != EntityType.PERSON && !key.variant().exactCase())) {
			return false;
		}
		int space = c.start() - 1;
		if (space < 1 || text.charAt(space) != ' ') {
			return false;
		}
		int wordStart = space;
		while (wordStart > 0 && isNameChar(text.charAt(wordStart - 1))) {
			wordStart--;
		}
		String word = text.substring(wordStart, space);
		if (word.codePoints().filter(Character::isLetter).count() < 2 || !Character.isUpperCase(word.charAt(0))) {
			return false;
		}
		if (key.entry().type() == EntityType.PERSON && TITLES.contains(word.toLowerCase(Locale.ROOT))) {
			return false;
		}
		if (isSentenceInitial(text, wordStart)) {
			return false;
		}
		int from = wordStart;
		return all.stream().noneMatch((o) -> o != c && o.start() <= from && o.end() >= space && o.end() <= c.start());
	}

	private static boolean contextAllows(Candidate c, String text, List<Candidate> named) {
		if (isSentenceInitial(text, c.start())) {
			return false;
		}
		int from = sentenceStart(text, c.start());
		int to = sentenceEnd(text, c.end());
		List<String> wanted = c.key().entry().context();
		for (Candidate o : named) {
			RegisterEntry other = o.key().entry();
			if (other == c.key().entry() || o.start() < from || o.end() > to || overlaps(o, c)) {
				continue;
			}
			if (wanted.contains(other.id()) || wanted.contains(other.type().name())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The leftmost-longest mentions that do not overlap; plain before guarded, then
	 * register order.
	 */
	private static List<Candidate> resolve(List<Candidate> candidates) {
		List<Candidate> sorted = new ArrayList<>(candidates);
		sorted.sort(Comparator.comparingInt(Candidate::start)
			.thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed())
			.thenComparing((Candidate c) -> c.key().variant().guarded())
			.thenComparingInt((Candidate c) -> c.key().order()));
		List<Candidate> kept = new ArrayList<>();
		int covered = 0;
		for (Candidate c : sorted) {
			if (c.start() >= covered) {
				kept.add(c);
				covered = c.end();
			}
		}
		return kept;
	}

	/** Whether the word at {@code start} opens a sentence, a line or a list item. */
	static boolean isSentenceInitial(String text, int start) {
		int j = start - 1;
		while (j >= 0) {
			char ch = text.charAt(j);
			if (ch == '\n') {
				return true;
			}
			if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch) && OPENERS.indexOf(ch) < 0) {
				break;
			}
			j--;
		}
		return j < 0 || ".!?:".indexOf(text.charAt(j)) >= 0;
	}

	private static int sentenceStart(String text, int at) {
		for (int j = at - 1; j >= 0; j--) {
			char ch = text.charAt(j);
			if (ch == '\n' || (".!?".indexOf(ch) >= 0 && j + 1 < at && Character.isWhitespace(text.charAt(j + 1)))) {
				return j + 1;
			}
		}
		return 0;
	}

	private static int sentenceEnd(String text, int at) {
		for (int j = at; j < text.length(); j++) {
			char ch = text.charAt(j);
			if (ch == '\n') {
				return j;
			}
			if (".!?".indexOf(ch) >= 0 && (j + 1 == text.length() || Character.isWhitespace(text.charAt(j + 1)))) {
				return j + 1;
			}
		}
		return text.length();
	}

	private static boolean overlaps(Candidate a, Candidate b) {
		return a.start() < b.end() && b.start() < a.end();
	}

	private static boolean isWord(char c) {
		return Character.isLetterOrDigit(c);
	}

	private static boolean isNameChar(char c) {
		return Character.isLetter(c) || c == '\'' || c == '’' || c == '-' || FoldedText.isMark(c);
	}

	/** A spelling ready to match. */
	private record Key(String key, String caseKey, RegisterEntry entry, Variant variant, boolean oneWord, int order) {

	}

	/** A spelling found in the text, before the rules decide whether it counts. */
	private record Candidate(int start, int end, Key key) {

	}

}

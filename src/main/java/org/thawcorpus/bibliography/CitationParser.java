package org.thawcorpus.bibliography;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of one citation (without its brackets) into fields. Pure function; a
 * field not found is null, a field found but doubtful is named in
 * {@link CitationData#uncertain()}.
 * <p>
 * Reads author-year forms ("Ivanova, Maria (2001), Title, p. 12. Press, ISBN ..."),
 * works-cited entries ("Last, First. Title. Place: Publisher, Year."), note forms ("First
 * Last, Title (Place: Publisher, Year), 12."), title-first forms with editors and
 * translators ("Title, ed. and tr. by A. Name, Publisher, Place, Year") and short in-text
 * forms ("Ivanova 2001, 303"). Every value returned is a stretch of the input as printed.
 * A field is named in {@code uncertain} ("authors", "editors", "translators", "year",
 * "title", "publisher", "place", "pages") when it was guessed from position alone: a
 * publisher or place without a telling word, a bare page number after the publication
 * facts, a title whose end is unclear or that stands alone, authors read from a sentence
 * of capitalised words or cut short by "et al.", a second year that disagrees.
 */
public final class CitationParser {

	private static final Pattern ISBN_LABEL = Pattern.compile("(?i)\\bISBN(?:-?1[03])?\\s*:?\\s*(?=[0-9])");

	private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\bdoi:\\s*\\S+");

	/**
	 * Access notes with a date ("Accessed 6 June 2020", "retrieved March 5, 2019, from"),
	 * bindings in brackets, and MLA's medium ("Print.", "Web.") after a period.
	 */
	private static final Pattern NOISE = Pattern.compile("(?i)\\b(?:accessed|retrieved|viewed)(?:\\s+on)?\\s+"
			+ "(?:(?:\\d{1,2}\\s+)?\\p{L}+\\.?(?:\\s+\\d{1,2})?,?\\s+\\d{4}|\\d{4}-\\d\\d-\\d\\d)(?:,?\\s+from)?"
			+ "|\\bretrieved\\s+from|\\((?:pbk|hbk|paperback|hardback|hardcover|cloth|alk\\. paper)\\.?\\)"
			+ "|(?<=\\.\\s)(?-i:Print|Web)\\.(?=\\s|$)");

	private static final Pattern PAGES = Pattern.compile(
			"(?i)(?<![\\p{L}])(?:pp?\\.|pages?|pgs?\\.)\\s*(\\d+[a-z]?(?:\\s*-\\s*\\d+[a-z]?)?(?:\\s*,\\s*\\d+(?:\\s*-\\s*\\d+)?)*)");

	/** "Ibid.", "op. cit.": the work is named elsewhere; only a page may follow. */
	private static final Pattern BACK_REFERENCE = Pattern
		.compile("(?i)^\\s*(?:ibid(?:em)?|idem|op\\.?\\s*cit|loc\\.?\\s*cit)\\.?(?:[\\s,.:]+(\\d+(?:\\s*-\\s*\\d+)?))?"
				+ "[\\s,.\u0001]*$");

	private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("[(\\[]\\s*((?:1[5-9]|20)\\d\\d)[a-z]?\\s*[)\\]]");

	private static final Pattern IN_TEXT = Pattern.compile(
			"^([^\\d]*?[^\\d\\s,])[\\s,]+((?:1[5-9]|20)\\d\\d)[a-z]?(?:\\s*[,:]\\s*(\\d+(?:\\s*-\\s*\\d+)?))?[\\s,.:\u0001]*$");

	private static final Pattern YEAR = Pattern.compile("^(?:c\\.?\\s*|\u00a9\\s*)?((?:1[5-9]|20)\\d\\d)[a-z]?$");

	private static final Pattern DATE = Pattern
		.compile("(?i)^(?:\\d{1,2}\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
				+ "[a-z]*\\.?\\s+(?:\\d{1,2},?\\s+)?((?:1[5-9]|20)\\d\\d)$");

	/**
	 * "von Berg, P." or "Berg Lind, P.": lower-case particles, a capitalised family name
	 * of one or two words, a comma. The particles are matched as one run of lower-case
	 * letters and spaces, not word by word, so that a long run cannot exhaust the stack.
	 */
	private static final Pattern INVERTED_NAME = Pattern
		.compile("(?s)^(?:[\\p{Ll}\\s]*\\s)?\\p{Lu}[\\p{L}'\\-]*(?:\\s+\\p{Lu}[\\p{L}'\\-]*)?,\\s.*");

	private static final Pattern BARE_PAGES = Pattern.compile("^\\d+(?:\\s*-\\s*\\d+)?$");

	/** After an initial: another initial or a conjunction, so the name list goes on. */
	private static final Pattern NAME_GOES_ON = Pattern.compile("\\s+(?:\\p{Lu}\\.|and\\s|&)");

	/**
	 * Names, then a bare year closed by a period or comma: "Berg, P. & Lind, K. 1988.
	 * Title".
	 */
	private static final Pattern NAMES_YEAR = Pattern
		.compile("^([^\\d\u0001]*?[^\\d\u0001\\s,])[\\s,]+((?:1[5-9]|20)\\d\\d)[a-z]?[.,:]\\s");

	private final SourceText src;

	private final Set<String> uncertain = new LinkedHashSet<>();

	private final List<PersonName> authors = new ArrayList<>();

	private final List<PersonName> editors = new ArrayList<>();

	private final List<PersonName> translators = new ArrayList<>();

	private Integer year;

	private String title;

	private String publisher;

	private String place;

	private String pages;

	private String isbn;

	private CitationParser(String text) {
		this.src = new SourceText(text);
	}

	/**
	 * Parses one citation; null or blank text gives empty data. The input is not
	 * modified.
	 */
	public static CitationData parse(String text) {
		CitationParser parser = new CitationParser((text != null) ? text : "");
		parser.read();
		return new CitationData(parser.authors, parser.editors, parser.translators, parser.year, parser.title,
				parser.publisher, parser.place, parser.pages, parser.isbn, parser.uncertain);
	}

	private void read() {
		readFields();
		boolean onlyTitle = this.title != null && this.authors.isEmpty() && this.editors.isEmpty()
				&& this.translators.isEmpty() && this.year == null && this.publisher == null && this.isbn == null
				&& this.pages == null;
		if (onlyTitle) {
			this.uncertain.add("title");
		}
	}

	private void readFields() {
		maskIsbn();
		mask(URL);
		mask(NOISE);
		maskPages();
		int length = this.src.length();
		Matcher back = BACK_REFERENCE.matcher(this.src.work());
		if (back.matches()) {
			if (back.group(1) != null && this.pages == null) {
				this.pages = this.src.slice(back.start(1), back.end(1));
			}
			return;
		}
		Matcher anchor = YEAR_IN_BRACKETS.matcher(this.src.work());
		if (anchor.find()) {
			int[] before = this.src.trim(0, anchor.start());
			this.year = Integer.valueOf(anchor.group(1));
			if (before[0] == before[1] || readNames(before[0], before[1])) {
				readTitleAndPublication(anchor.end(), length);
			}
			else {
				int afterAuthors = readLeadingAuthors();
				readTitle((afterAuthors < before[1]) ? afterAuthors : before[0], before[1]);
				readPublication(anchor.end(), length);
			}
			return;
		}
		if (readInText()) {
			return;
		}
		Matcher namesYear = NAMES_YEAR.matcher(this.src.work());
		if (namesYear.find() && readNames(namesYear.start(1), namesYear.end(1))) {
			this.year = Integer.valueOf(namesYear.group(2));
			readTitleAndPublication(namesYear.end(), length);
			return;
		}
		int afterAuthors = readLeadingAuthors();
		readTitleAndPublication(afterAuthors, length);
	}

	private void maskIsbn() {
		Matcher label = ISBN_LABEL.matcher(this.src.work());
		if (!label.find()) {
			return;
		}
		int start = label.end();
		int digits = 0;
		int end = start;
		int lastValidLength = -1;
		for (int i = start; i < this.src.length(); i++) {
			char c = this.src.at(i);
			if (Character.isDigit(c) || ((c == 'X' || c == 'x') && digits == 9)) {
				digits++;
				end = i + 1;
				if (digits == 10 || digits == 13) {
					lastValidLength = end;
				}
				if (digits == 13) {
					break;
				}
			}
			else if (!(c == '-' || c == ' ') || i + 1 >= this.src.length() || !Character.isDigit(this.src.at(i + 1))
					&& this.src.at(i + 1) != 'X' && this.src.at(i + 1) != 'x') {
				break;
			}
		}
		if (lastValidLength > 0 && lastValidLength < end) {
			end = lastValidLength;
		}
		this.isbn = this.src.slice(start, end);
		this.src.mask(label.start(), end);
	}

	private void mask(Pattern pattern) {
		Matcher m = pattern.matcher(this.src.work());
		while (m.find()) {
			int end = m.end();
			while (end > m.start() && ".,;)".indexOf(this.src.at(end - 1)) >= 0) {
				end--;
			}
			this.src.mask(m.start(), end);
		}
	}

	private void maskPages() {
		Matcher m = PAGES.matcher(this.src.work());
		if (m.find()) {
			this.pages = this.src.slice(m.start(1), m.end(1));
			this.src.mask(m.start(), m.end());
		}
	}

	/** "Ivanova 2001", "Berg and Lind 1988, 120", "Okafor, 2009: 15". */
	private boolean readInText() {
		Matcher m = IN_TEXT.matcher(this.src.work());
		if (!m.matches() || !NameList.looksLikeNames(this.src, m.start(1), m.end(1))) {
			return false;
		}
		readNames(m.start(1), m.end(1));
		this.year = Integer.valueOf(m.group(2));
		if (m.group(3) != null && this.pages == null) {
			this.pages = this.src.slice(m.start(3), m.end(3));
		}
		return true;
	}

	/**
	 * Reads the authors that open a works-cited entry or a note, and returns where the
	 * rest begins (0 when there are none).
	 */
	private int readLeadingAuthors() {
		int end = invertedBlockEnd();
		if (end > 0 && readNames(0, end + 1)) {
			return end + 1;
		}
		int comma = this.src.work().indexOf(',');
		Matcher role = CitationWords.ROLE_SUFFIX.matcher(this.src.work(0, Math.max(comma, 0)));
		int namesEnd = role.find() ? role.start() : comma;
		if (comma > 0 && NameList.looksLikeNaturalName(this.src, 0, namesEnd) && !startsPublication(comma + 1)) {
			String rest = this.src.work(comma, this.src.length());
			boolean parenthesised = rest.matches("(?s).*\\([^)]*\\d{4}[^)]*\\).*");
			if (parenthesised || CitationWords.suggestsPublisher(rest)) {
				readNames(0, comma);
				if (!parenthesised && namesEnd == comma) {
					this.uncertain.add("authors");
				}
				return comma + 1;
			}
		}
		int sentence = firstBreak(0);
		if (sentence > 0 && NameList.looksLikeNaturalName(this.src, 0, sentence)
				&& this.src.segments(sentence + 1, this.src.length()).size() >= 2 && firstBreak(sentence + 1) > 0) {
			readNames(0, sentence + 1);
			this.uncertain.add("authors");
			return sentence + 1;
		}
		return 0;
	}

	/**
	 * End of an opening "Family, Given." block (an initial followed by a capitalised word
	 * ends it), or -1 when the text does not open with "Family,".
	 */
	private int invertedBlockEnd() {
		String work = this.src.work();
		if (!INVERTED_NAME.matcher(work).matches()) {
			return -1;
		}
		boolean natural = false;
		for (int i = work.indexOf(',') + 1; i < work.length(); i++) {
			char c = work.charAt(i);
			if (work.startsWith(" and ", i) || work.startsWith(" & ", i)) {
				natural = true;
			}
			if (c == '.' && i + 1 < work.length() && Character.isWhitespace(work.charAt(i + 1))) {
				String word = this.src.wordBefore(i);
				boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
				if (CitationWords.ROLE_SUFFIX.matcher(work.substring(0, i + 1)).find() && !natural) {
					return i;
				}
				if (initial && !natural) {
					Matcher role = CitationWords.ROLE_AHEAD.matcher(work).region(i + 1, work.length());
					if (role.lookingAt()) {
						return role.end() - 1;
					}
					if (!NAME_GOES_ON.matcher(work).region(i + 1, work.length()).lookingAt()) {
						return i;
					}
				}
				if (this.src.isBreak(i)) {
					return i;
				}
				if (!initial && Character.isUpperCase(word.isEmpty() ? 'a' : word.charAt(0))) {
					natural = false;
				}
			}
			if (c == '"' || c == ':' || Character.isDigit(c) || c == SourceText.MASK) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * Reads names into the list (or, when they end with a role such as "ed.", into the
	 * editors or translators). Returns false and reads nothing unless the stretch looks
	 * like names.
	 */
	private boolean readNames(int start, int end) {
		String work = this.src.work(start, end);
		Matcher role = CitationWords.ROLE_SUFFIX.matcher(work);
		int namesEnd = end;
		boolean editor = false;
		boolean translator = false;
		if (role.find()) {
			namesEnd = start + role.start();
			editor = CitationWords.namesEditors(role);
			translator = CitationWords.namesTranslators(role);
		}
		if (!NameList.looksLikeNames(this.src, start, namesEnd)) {
			return false;
		}
		List<PersonName> names = NameList.parse(this.src, start, namesEnd);
		if (editor || translator) {
			if (editor) {
				this.editors.addAll(names);
			}
			if (translator) {
				this.translators.addAll(names);
			}
		}
		else {
			this.authors.addAll(names);
		}
		if (NameList.hasEtAl(this.src, start, namesEnd)) {
			this.uncertain.add(editor ? "editors" : translator ? "translators" : "authors");
		}
		return !names.isEmpty();
	}

	private void readTitleAndPublication(int start, int end) {
		int[] t = this.src.trim(start, end);
		if (t[0] >= t[1]) {
			return;
		}
		int titleEnd = readTitle(t[0], t[1]);
		readPublication(titleEnd, t[1]);
	}

	/** Reads the title that starts at start and returns where it ends. */
	private int readTitle(int start, int end) {
		int[] t = this.src.trim(start, end);
		int s = t[0];
		while (s < t[1] && (this.src.at(s) == '.' || Character.isWhitespace(this.src.at(s)))) {
			s++;
		}
		if (s >= t[1]) {
			return end;
		}
		char open = this.src.at(s);
		if (open == '"' || open == '\u00ab') {
			int close = this.src.work().indexOf((open == '"') ? '"' : '\u00bb', s + 1);
			if (close > s) {
				this.title = this.src.sliceWithoutPeriod(s + 1, close);
				return close + 1;
			}
		}
		for (int i = s; i < t[1]; i++) {
			char c = this.src.at(i);
			boolean ends = this.src.masked(i) || (c == '(' && i > s) || this.src.isBreak(i)
					|| ((c == ',' || c == ';') && startsPublication(i + 1));
			if (ends) {
				int titleEnd = (c == '?' || c == '!') ? i + 1 : i;
				this.title = this.src.sliceWithoutPeriod(s, titleEnd);
				return titleEnd;
			}
		}
		this.title = this.src.sliceWithoutPeriod(s, t[1]);
		if (this.title != null && this.title.indexOf(',') >= 0) {
			this.uncertain.add("title");
		}
		return t[1];
	}

	/** Whether the segment starting at i is publication matter rather than more title. */
	private boolean startsPublication(int i) {
		int[] t = this.src.trim(i, this.src.length());
		if (t[0] >= t[1]) {
			return true;
		}
		String rest = this.src.work(t[0], t[1]);
		if (this.src.masked(t[0]) || CitationWords.ROLE.matcher(rest).find() || rest.startsWith("(")) {
			return true;
		}
		List<int[]> segments = this.src.segments(t[0], t[1], 2);
		if (segments.isEmpty()) {
			return true;
		}
		String text = this.src.work(segments.get(0)[0], segments.get(0)[1]);
		if (YEAR.matcher(text).matches() || DATE.matcher(text).matches() || CitationWords.isPlaceAndPublisher(text)
				|| (CitationWords.tellsPublisher(text) && text.split("\\s+").length <= 6)) {
			return true;
		}
		if (!CitationWords.isKnownPlace(text)) {
			return false;
		}
		if (segments.size() == 1) {
			return true;
		}
		String next = this.src.work(segments.get(1)[0], segments.get(1)[1]);
		return YEAR.matcher(next).matches() || CitationWords.suggestsPublisher(next);
	}

	/** Reads publisher, place, year, editors and translators from the segments. */
	private void readPublication(int start, int end) {
		List<int[]> segments = this.src.segments(start, end);
		for (int k = 0; k < segments.size(); k++) {
			int[] seg = segments.get(k);
			Matcher edition = CitationWords.EDITION.matcher(this.src.work(seg[0], seg[1]));
			if (edition.lookingAt() && edition.end() < seg[1] - seg[0]) {
				seg = new int[] { seg[0] + edition.end(), seg[1] };
			}
			String text = this.src.work(seg[0], seg[1]);
			Matcher role = CitationWords.ROLE.matcher(text);
			Matcher placePublisher = CitationWords.PLACE_PUBLISHER.matcher(text);
			if (role.find()) {
				k = readRole(role, segments, k);
			}
			else if (YEAR.matcher(text).matches() || DATE.matcher(text).matches()) {
				readYear(text);
			}
			else if (placePublisher.matches() && !CitationWords.suggestsPublisher(placePublisher.group(1))) {
				setPlace(seg[0] + placePublisher.start(1), seg[0] + placePublisher.end(1));
				setPublisher(seg[0] + placePublisher.start(2), seg[1], true);
			}
			else if (CitationWords.suggestsPublisher(text)) {
				setPublisher(seg[0], seg[1], true);
			}
			else if (BARE_PAGES.matcher(text).matches()) {
				if (this.pages == null && k == segments.size() - 1 && this.publisher != null) {
					this.pages = this.src.slice(seg[0], seg[1]);
					this.uncertain.add("pages");
				}
			}
			else if (isNamePhrase(text)) {
				readPlaceOrPublisher(seg, segments.subList(k + 1, segments.size()));
			}
		}
	}

	private void readYear(String text) {
		Matcher m = YEAR.matcher(text);
		if (!m.matches()) {
			m = DATE.matcher(text);
			m.matches();
		}
		Integer found = Integer.valueOf(m.group(1));
		if (this.year == null) {
			this.year = found;
		}
		else if (!this.year.equals(found)) {
			this.uncertain.add("year");
		}
	}

	/**
	 * Reads "ed. and tr. by A. Name" and the names that continue it; returns the last
	 * segment read.
	 */
	private int readRole(Matcher role, List<int[]> segments, int k) {
		int[] seg = segments.get(k);
		boolean editor = CitationWords.namesEditors(role);
		boolean translator = CitationWords.namesTranslators(role);
		int namesStart = seg[0] + role.end();
		int namesEnd = seg[1];
		int last = k;
		for (int j = k + 1; j < segments.size(); j++) {
			String text = this.src.work(segments.get(j)[0], segments.get(j)[1]);
			if (!NameList.looksLikeNames(this.src, segments.get(j)[0], segments.get(j)[1])
					|| CitationWords.isKnownPlace(text)) {
				break;
			}
			if (text.matches("(?s)^(?:and|&)\\s.*|.*\\s(?:and|&)\\s.*")) {
				namesEnd = segments.get(j)[1];
				last = j;
				break;
			}
		}
		List<PersonName> names = NameList.parse(this.src, namesStart, namesEnd);
		if (editor) {
			this.editors.addAll(names);
		}
		if (translator) {
			this.translators.addAll(names);
		}
		return last;
	}

	/**
	 * A capitalised phrase of at most five words without digits: a place or a publisher.
	 */
	private boolean isNamePhrase(String text) {
		return text.matches("^\\p{Lu}[^\\d\"]*$") && text.split("\\s+").length <= 5 && !CitationWords.isNoise(text);
	}

	private void readPlaceOrPublisher(int[] seg, List<int[]> following) {
		String text = this.src.work(seg[0], seg[1]);
		boolean knownPlace = CitationWords.isKnownPlace(text);
		boolean publisherFollows = following.stream()
			.anyMatch((f) -> CitationWords.suggestsPublisher(this.src.work(f[0], f[1])));
		if (knownPlace || publisherFollows || this.publisher != null) {
			if (this.place == null) {
				setPlace(seg[0], seg[1]);
				if (!knownPlace) {
					this.uncertain.add("place");
				}
			}
		}
		else {
			setPublisher(seg[0], seg[1], false);
		}
	}

	private void setPlace(int start, int end) {
		if (this.place == null) {
			this.place = this.src.sliceWithoutPeriod(start, end);
		}
	}

	private void setPublisher(int start, int end, boolean sure) {
		if (this.publisher == null) {
			this.publisher = this.src.sliceWithoutPeriod(start, end);
			if (!sure) {
				this.uncertain.add("publisher");
			}
		}
	}

	private int firstBreak(int from) {
		for (int i = from; i < this.src.length(); i++) {
			if (this.src.isBreak(i) && i + 1 < this.src.length()) {
				return i;
			}
		}
		return -1;
	}

}

package org.thawcorpus.source.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.thawcorpus.bibliography.CitationFinder;
import org.thawcorpus.bibliography.CitationScan;
import org.thawcorpus.source.BracketNotes;
import org.thawcorpus.source.FurnitureWords;
import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.OriginalText;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.TextFurniture;
import org.thawcorpus.source.TextPage;
import org.thawcorpus.source.TitleCandidate;
import org.thawcorpus.source.Titles;
import org.thawcorpus.source.WorksCited;
import org.thawcorpus.text.TextFolding;

/**
 * Parses a copy of an encyclopedia article into its title, sections, paragraphs and
 * citations.
 * <p>
 * The site's furniture at the head and foot of the copy is set aside
 * ({@link TextFurniture}). The title is the line where the page states it
 * ({@link ArticleTitles}), or a first line that the lead paragraph names; else a short
 * first line standing alone (with a note saying so), otherwise the subject of the lead
 * sentence ("Glasnost (...) refers to" gives "Glasnost"). The boxes printed among the
 * article's lines are read by their shape ({@link WikiLayout}): the tabs between title
 * and tagline and the navigation boxes are furniture, the infobox is metadata. A heading
 * is a line with its edit link glued on ("TitleEdit", "Title[edit]"), a short line
 * followed by a lone "edit" line, a line the table of contents lists
 * ({@link WikiContents}), or the name of a trailing section ("References", "See also").
 * Every other non-blank line is a paragraph, anchored p1, p2, ... across the document,
 * with the citations found in its brackets and its footnote markers ("[3]") linked to
 * their entries ({@link FootnoteLists}). Lines under a works-cited heading ("References",
 * "Notes", "Bibliography", "Further reading", ...), or in a run of entries opening with
 * back-links ("^", "↑"), are entries anchored w1, w2, ..., each one citation, an entry
 * running on over the lines that carry it on (see {@link WorksCited#continues}); lines
 * under "See also" and "External links" are paragraphs of a section of their own.
 * Hatnotes ("Main article: ...", "For other uses, see ..." under a title or heading),
 * notice boxes, image file names, the table of contents and the footer ("Retrieved from",
 * "Categories:") are furniture; a figure's caption is a paragraph like any other. An
 * editor's mark such as "[citation needed]" stays in the text and gets a note.
 */
final class ArticleParser {

	/** The words of a wiki's furniture, its own first. */
	static final FurnitureWords WORDS = FurnitureWords.COMMON.with(WikiFurniture::of);

	/**
	 * Works-cited headings of the wikis in other languages, besides
	 * {@link WorksCited#HEADING}.
	 */
	private static final Pattern WORKS_CITED = Pattern.compile("(?iu)(?:einzelnachweise|anmerkungen|literatur|quellen"
			+ "|belege|références|notes et références|bibliographie|referencias|notas|bibliografía"
			+ "|notas y referencias|fuentes|explanatory notes|general (?:and cited )?(?:references|sources)"
			+ "|cited (?:sources|works)|reference notes)\\s*:?");

	/** A portal's box in a "See also" list, printed after its icon's tab. */
	private static final Pattern PORTAL = Pattern.compile("\\t\\s*\\S.{0,80}\\s(?i:portal|portail)\\s*");

	/**
	 * How many entries of the table of contents a heading may be ahead of the last
	 * matched.
	 */
	private static final int CONTENTS_LOOKAHEAD = 3;

	/** The longest line taken for a heading when the copy marks none. */
	private static final int BARE_HEADING_LENGTH = 80;

	private static final int BARE_HEADING_WORDS = 10;

	/**
	 * Footnote markers and the pages after them at the end of a paragraph: "[3]:p. 7".
	 */
	private static final Pattern TRAILING_MARKERS = Pattern
		.compile("(?:\\[[^\\]]{1,20}\\](?::\\s?p+\\.\\s?[\\d–-]+)?)+$");

	/** How far from a line's end its trailing footnote markers are looked for. */
	private static final int TRAILING_MARKERS_REACH = 200;

	/** A paragraph under a heading the copy marks not: this many words at least... */
	private static final int BARE_PARAGRAPH_WORDS = 12;

	/** ...or this many, ending as a sentence... */
	private static final int BARE_SENTENCE_WORDS = 6;

	/** ...or this many, leading in to a quotation or a list ("According to them:"). */
	private static final int BARE_LEAD_IN_WORDS = 4;

	ParsedDocument parse(SourceLines lines) {
		return TextFurniture.read(lines, WORDS, ArticleTitles.RULES, (page) -> new Reading(lines, page).read());
	}

	/** One pass over one source. */
	private static final class Reading {

		private final SourceLines lines;

		private final TextPage page;

		private final LineLedger ledger;

		private final WikiContents contents;

		private final boolean bareHeadings;

		private final List<SourceNote> notes = new ArrayList<>();

		private final List<ParsedSection> sections = new ArrayList<>();

		private WikiLayout layout;

		private String sectionTitle;

		private Integer headingLine;

		private SectionRole role = SectionRole.BODY;

		private List<ParsedPassage> passages = new ArrayList<>();

		private int paragraphs;

		private int entries;

		/** The next entry of the table of contents a heading is expected to match. */
		private int contentsNext;

		/** Set once the lines read are past the table of contents and the title. */
		private int contentsAfter = -1;

		Reading(SourceLines original, TextPage page) {
			this.page = page;
			this.lines = page.lines();
			this.ledger = new LineLedger(this.lines);
			this.contents = WikiContents.find(original);
			this.bareHeadings = this.contents == null && !marksHeadings(this.lines);
		}

		ParsedDocument read() {
			int titleLine = readTitleLine();
			String title = (titleLine > 0) ? OriginalText.stripped(this.lines, titleLine) : null;
			this.layout = WikiLayout.of(this.lines, WORDS, titleLine, this.contents);
			for (int n = 1; n <= this.lines.count(); n++) {
				if (!this.lines.isBlank(n) && !this.ledger.isAssigned(n)) {
					readLine(n);
				}
			}
			endSection();
			if (title == null) {
				title = titleFromLead();
			}
			List<ParsedSection> linked = FootnoteLists.link(this.sections, this.notes);
			this.notes.sort(Comparator.comparing(SourceNote::line, Comparator.nullsFirst(Comparator.naturalOrder())));
			return new ParsedDocument(ArticleKind.KIND, title, linked, List.of(), this.notes, this.ledger.uses());
		}

		/** Whether any line of a copy is a heading marked by its edit link. */
		private static boolean marksHeadings(SourceLines lines) {
			for (int n = lines.nextNonBlank(1); n > 0; n = lines.nextNonBlank(n + 1)) {
				if (ArticleShapes.markedHeading(lines.line(n), lines.folded(n)) != null
						|| ArticleShapes.isEditLink(lines.trimmed(n))) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Takes page furniture and the title line off the top: the line the page states
		 * as its title, else a standalone first line (with a note); returns the title's
		 * line, -1 if none.
		 */
		private int readTitleLine() {
			TitleCandidate stated = this.page.title();
			int n = this.lines.nextNonBlank(1);
			while (n > 0
					&& (WikiFurniture.of(this.lines.trimmed(n)) != null || (stated != null && n < stated.line()))) {
				this.ledger.assign(n, LineRole.FURNITURE, headLabel(n), null);
				n = this.lines.nextNonBlank(n + 1);
			}
			if (n < 0 || (stated == null && !isTitleLine(n))) {
				return -1;
			}
			if (stated == null) {
				this.notes.add(Titles.firstLineNote(n));
			}
			this.ledger.assign(n, LineRole.TITLE, "title", null);
			return n;
		}

		/** What a line above the title is. */
		private String headLabel(int n) {
			if (this.contents != null && this.contents.holds(n)) {
				return contentsLabel(n);
			}
			FurnitureWords.Word word = WORDS.word(this.lines.trimmed(n));
			return (word != null) ? word.label() : "page header";
		}

		private String contentsLabel(int n) {
			return (n == this.contents.heading()) ? "table of contents" : "table of contents entry";
		}

		private boolean isTitleLine(int n) {
			String trimmed = this.lines.trimmed(n);
			int next = this.lines.nextNonBlank(n + 1);
			return next > 0 && ArticleShapes.isHeadingText(trimmed) && headingTitle(n) == null
					&& ArticleShapes.leadSubject(this.lines.line(n), this.lines.folded(n), true) == null;
		}

		private void readLine(int n) {
			if (this.contents != null && n > this.contents.lastLine()) {
				this.contentsAfter = n;
			}
			String trimmed = this.lines.trimmed(n);
			String furniture = WikiFurniture.of(trimmed);
			if (this.layout.role(n) != null) {
				this.ledger.assign(n, this.layout.role(n), this.layout.label(n), null);
			}
			else if (this.contents != null && this.contents.holds(n)) {
				this.ledger.assign(n, LineRole.FURNITURE, contentsLabel(n), null);
			}
			else if (furniture != null) {
				this.ledger.assign(n, LineRole.FURNITURE, furniture, null);
			}
			else if (ArticleShapes.isEditLink(trimmed)) {
				this.ledger.assign(n, LineRole.FURNITURE, "edit link", null);
			}
			else if (isPlacedHatnote(n)) {
				this.ledger.assign(n, LineRole.FURNITURE, WikiFurniture.HATNOTE, null);
			}
			else if (headingTitle(n) != null) {
				startSection(headingTitle(n), n);
			}
			else if (this.role == SectionRole.WORKS_CITED || opensFootnotes(n)) {
				readEntry(n);
			}
			else if (PORTAL.matcher(this.lines.line(n)).matches()) {
				this.ledger.assign(n, LineRole.FURNITURE, "portal link", null);
			}
			else {
				String anchor = "p" + (++this.paragraphs);
				String text = this.lines.line(n);
				CitationScan scan = CitationFinder.scan(text);
				this.notes.addAll(BracketNotes.of(scan, text, n));
				noteEditorMarks(n);
				this.passages.add(new ParsedPassage(anchor, text, n, n, scan.citations()));
				this.ledger.assign(n, LineRole.PASSAGE, null, anchor);
			}
		}

		/**
		 * A hatnote that only its place makes one: right under the title, the tagline or
		 * a heading, before the section's first paragraph.
		 */
		private boolean isPlacedHatnote(int n) {
			return this.passages.isEmpty() && WikiFurniture.isPlacedHatnote(this.lines.trimmed(n));
		}

		/**
		 * Whether line {@code n} opens a list of footnotes outside a works-cited section:
		 * it and the next line open with back-links ("^", "↑").
		 */
		private boolean opensFootnotes(int n) {
			int next = this.lines.nextNonBlank(n + 1);
			if (!FootnoteLists.isBacklinked(this.lines.trimmed(n)) || next < 0
					|| !FootnoteLists.isBacklinked(this.lines.trimmed(next))) {
				return false;
			}
			endSection();
			this.sectionTitle = null;
			this.headingLine = null;
			this.role = SectionRole.WORKS_CITED;
			return true;
		}

		/**
		 * Adds line {@code n} to the list as an entry, or to the entry it carries on; a
		 * line opening with back-links always starts an entry.
		 */
		private void readEntry(int n) {
			if (FootnoteLists.isBacklinked(this.lines.trimmed(n))) {
				String anchor = "w" + (++this.entries);
				this.passages.add(WorksCited.entry(anchor, n, this.lines.line(n)));
				this.ledger.assign(n, LineRole.CITATION, "works-cited entry", anchor);
			}
			else {
				WorksCited.read(this.passages, this.lines, this.ledger, n, () -> "w" + (++this.entries));
			}
			int last = this.passages.size() - 1;
			this.passages.set(last, FootnoteLists.withoutBacklinks(this.passages.get(last)));
		}

		private void noteEditorMarks(int n) {
			String original = this.lines.line(n);
			for (int[] mark : ArticleShapes.editorMarks(this.lines.folded(n))) {
				String printed = original.substring(mark[0], mark[1]);
				this.notes.add(new SourceNote(n, NoteKind.CITATION_NEEDED, "Line " + n + " carries the editors' mark \""
						+ printed + "\": the encyclopedia's own editors flagged the text before it."));
			}
		}

		/** The heading's title if line {@code n} is a heading, else null. */
		private String headingTitle(int n) {
			String marked = ArticleShapes.markedHeading(this.lines.line(n), this.lines.folded(n));
			if (marked != null) {
				return marked;
			}
			String trimmed = this.lines.trimmed(n);
			if (contentsEntry(OriginalText.stripped(this.lines, n)) >= 0) {
				return OriginalText.stripped(this.lines, n);
			}
			int next = this.lines.nextNonBlank(n + 1);
			boolean editLinkFollows = next > 0 && ArticleShapes.isEditLink(this.lines.trimmed(next));
			boolean named = WorksCited.isHeading(trimmed) || WORKS_CITED.matcher(trimmed).matches()
					|| ArticleShapes.isBodyTrailer(trimmed);
			if ((editLinkFollows && ArticleShapes.isHeadingText(trimmed) && WORDS.word(trimmed) == null) || named
					|| (this.bareHeadings && this.role == SectionRole.BODY && isBareHeading(n))) {
				return WorksCited.title(OriginalText.stripped(this.lines, n));
			}
			return null;
		}

		/**
		 * The index of the entry of the table of contents a heading's title matches, at
		 * or a few entries after the next one expected; -1 if none.
		 */
		private int contentsEntry(String title) {
			if (this.contents == null || this.contentsAfter < 0) {
				return -1;
			}
			String key = WikiContents.key(title);
			List<String> titles = this.contents.titles();
			for (int i = this.contentsNext; i < titles.size() && i <= this.contentsNext + CONTENTS_LOOKAHEAD; i++) {
				if (titles.get(i).equals(key)) {
					return i;
				}
			}
			return -1;
		}

		/**
		 * In a copy that marks no heading and has no table of contents: a short line
		 * shaped like a heading, standing alone (after a blank line, a finished paragraph
		 * or a heading), over a paragraph of running text, a hatnote, or a heading over
		 * either.
		 */
		private boolean isBareHeading(int n) {
			int previous = previousNonBlank(n - 1);
			boolean standsAlone = previous < 0 || previous < n - 1 || Integer.valueOf(previous).equals(this.headingLine)
					|| withoutTrailingMarkers(this.lines.trimmed(previous)).matches(".*[.!?:)\"”]");
			int next = this.lines.nextNonBlank(n + 1);
			boolean shaped = isBareHeadingShape(n)
					|| (isBareHeadingText(this.lines.trimmed(n)) && next > 0 && isParagraph(this.lines.trimmed(next)));
			return standsAlone && shaped && introduces(next, true);
		}

		/**
		 * A short line shaped like a heading that is no furniture word; a furniture word
		 * ("Community") is a heading only over a paragraph.
		 */
		private boolean isBareHeadingShape(int n) {
			String trimmed = this.lines.trimmed(n);
			return isBareHeadingText(trimmed) && WORDS.word(trimmed) == null;
		}

		private static boolean isBareHeadingText(String trimmed) {
			return trimmed.length() <= BARE_HEADING_LENGTH && trimmed.split("\\s+").length <= BARE_HEADING_WORDS
					&& ArticleShapes.isHeadingText(trimmed) && trimmed.indexOf('[') < 0;
		}

		private static boolean isParagraph(String trimmed) {
			return trimmed.split("\\s+").length >= BARE_PARAGRAPH_WORDS;
		}

		/**
		 * Whether line {@code next} (-1 for none) can follow a heading: a paragraph of
		 * running text, a hatnote, or (once) a heading over either.
		 */
		private boolean introduces(int next, boolean again) {
			if (next < 0) {
				return false;
			}
			String after = this.lines.trimmed(next);
			String sentence = withoutTrailingMarkers(after);
			int words = after.split("\\s+").length;
			boolean prose = isParagraph(after) || (words >= BARE_SENTENCE_WORDS && sentence.matches(".*[.!?:]"))
					|| (words >= BARE_LEAD_IN_WORDS && sentence.endsWith(":"));
			boolean hatnote = WikiFurniture.HATNOTE.equals(WikiFurniture.of(after))
					|| WikiFurniture.isPlacedHatnote(after);
			return prose || hatnote
					|| (again && isBareHeadingShape(next) && introduces(this.lines.nextNonBlank(next + 1), false));
		}

		/**
		 * A line without the footnote markers at its end, looked for in its last
		 * characters only (a line of nothing but markers would make the pattern recurse
		 * too deep).
		 */
		private static String withoutTrailingMarkers(String text) {
			int from = Math.max(0, text.length() - TRAILING_MARKERS_REACH);
			return text.substring(0, from) + TRAILING_MARKERS.matcher(text.substring(from)).replaceFirst("");
		}

		private int previousNonBlank(int from) {
			for (int m = from; m > 0; m--) {
				if (!this.lines.isBlank(m)) {
					return m;
				}
			}
			return -1;
		}

		private void startSection(String title, int n) {
			endSection();
			this.ledger.assign(n, LineRole.HEADING, "heading", null);
			int entry = contentsEntry(title);
			this.contentsNext = (entry >= 0) ? entry + 1 : this.contentsNext;
			this.sectionTitle = title;
			this.headingLine = n;
			String folded = TextFolding.fold(title).strip();
			boolean worksCited = WorksCited.isHeading(folded) || WORKS_CITED.matcher(folded).matches();
			this.role = worksCited ? SectionRole.WORKS_CITED : SectionRole.BODY;
		}

		private void endSection() {
			if (this.headingLine != null || !this.passages.isEmpty()) {
				this.sections.add(new ParsedSection(this.sectionTitle, this.headingLine, this.role, this.passages));
			}
			if (this.role == SectionRole.WORKS_CITED && this.passages.isEmpty()) {
				this.notes.add(new SourceNote(this.headingLine, NoteKind.EMPTY_WORKS_CITED,
						"The \"" + this.sectionTitle + "\" list is empty in this copy."));
			}
			this.passages = new ArrayList<>();
		}

		private String titleFromLead() {
			ParsedPassage lead = this.sections.stream()
				.filter((section) -> section.role() == SectionRole.BODY)
				.flatMap((section) -> section.passages().stream())
				.findFirst()
				.orElse(null);
			if (lead == null) {
				return "(untitled)";
			}
			String subject = ArticleShapes.leadSubject(lead.text(), this.lines.folded(lead.firstLine()), false);
			if (subject != null) {
				return subject;
			}
			this.notes.add(new SourceNote(lead.firstLine(), NoteKind.OTHER, "The copy has no title line and its lead "
					+ "sentence names no subject; the title is the start of the first paragraph."));
			return Titles.excerpt(lead.text());
		}

	}

}

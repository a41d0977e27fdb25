package org.thawcorpus.source.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
import org.thawcorpus.source.TitleRule;
import org.thawcorpus.source.TitleRules;
import org.thawcorpus.source.Titles;
import org.thawcorpus.source.WorksCited;
import org.thawcorpus.text.TextFolding;

/**
 * Parses a copy of an encyclopedia article into its title, sections, paragraphs and
 * citations.
 * <p>
 * The site's furniture at the head and foot of the copy is set aside
 * ({@link TextFurniture}). The title is the line before the site's tagline, or a first
 * line that the lead paragraph names; else a short first line standing alone (with a note
 * saying so), otherwise the subject of the lead sentence ("Glasnost (...) refers to"
 * gives "Glasnost"). A heading is a line with its edit link glued on ("TitleEdit",
 * "Title[edit]"), a short line followed by a lone "edit" line (furniture), or the name of
 * a trailing section ("References", "See also"). Every other non-blank line is a
 * paragraph, anchored p1, p2, ... across the document, with the citations found in its
 * brackets. Lines under a works-cited heading ("References", "Notes", "Bibliography",
 * "Further reading", ...) are entries anchored w1, w2, ..., each one citation, an entry
 * running on over the lines that carry it on (see {@link WorksCited#continues}); lines
 * under "See also" and "External links" are paragraphs of a section of their own.
 * Hatnotes ("Main article: ..."), image file names, the table of contents and the footer
 * ("Retrieved from", "Categories:") are furniture; a figure's caption is a paragraph like
 * any other. An editor's mark such as "[citation needed]" stays in the text and gets a
 * note.
 */
final class ArticleParser {

	/** The words of a wiki's furniture, its own first. */
	static final FurnitureWords WORDS = FurnitureWords.COMMON.with(ArticleShapes::furniture);

	/** Where an article states its title, in order of trust. */
	static final List<TitleRule> TITLE_RULES = List.of(TitleRules.BEFORE_TAGLINE, TitleRules.NAMED_BELOW);

	ParsedDocument parse(SourceLines lines) {
		return TextFurniture.read(lines, WORDS, TITLE_RULES, (page) -> new Reading(page).read());
	}

	/** One pass over one source. */
	private static final class Reading {

		private final SourceLines lines;

		private final TextPage page;

		private final LineLedger ledger;

		private final List<SourceNote> notes = new ArrayList<>();

		private final List<ParsedSection> sections = new ArrayList<>();

		private String sectionTitle;

		private Integer headingLine;

		private SectionRole role = SectionRole.BODY;

		private List<ParsedPassage> passages = new ArrayList<>();

		private int paragraphs;

		private int entries;

		Reading(TextPage page) {
			this.page = page;
			this.lines = page.lines();
			this.ledger = new LineLedger(this.lines);
		}

		ParsedDocument read() {
			String title = readTitleLine();
			for (int n = 1; n <= this.lines.count(); n++) {
				if (!this.lines.isBlank(n) && !this.ledger.isAssigned(n)) {
					readLine(n);
				}
			}
			endSection();
			if (title == null) {
				title = titleFromLead();
			}
			this.notes.sort(Comparator.comparing(SourceNote::line, Comparator.nullsFirst(Comparator.naturalOrder())));
			return new ParsedDocument(ArticleKind.KIND, title, this.sections, List.of(), this.notes,
					this.ledger.uses());
		}

		/**
		 * Takes page furniture and the title line off the top: the line the page states
		 * as its title, else a standalone first line (with a note); null if no title
		 * line.
		 */
		private String readTitleLine() {
			TitleCandidate stated = this.page.title();
			int n = this.lines.nextNonBlank(1);
			while (n > 0 && (ArticleShapes.furniture(this.lines.trimmed(n)) != null
					|| (stated != null && n < stated.line()))) {
				FurnitureWords.Word word = WORDS.word(this.lines.trimmed(n));
				this.ledger.assign(n, LineRole.FURNITURE, (word != null) ? word.label() : "page header", null);
				n = this.lines.nextNonBlank(n + 1);
			}
			if (n < 0 || (stated == null && !isTitleLine(n))) {
				return null;
			}
			if (stated == null) {
				this.notes.add(Titles.firstLineNote(n));
			}
			this.ledger.assign(n, LineRole.TITLE, "title", null);
			return OriginalText.stripped(this.lines, n);
		}

		private boolean isTitleLine(int n) {
			String trimmed = this.lines.trimmed(n);
			int next = this.lines.nextNonBlank(n + 1);
			return next > 0 && ArticleShapes.isHeadingText(trimmed) && headingTitle(n) == null
					&& ArticleShapes.leadSubject(this.lines.line(n), this.lines.folded(n), true) == null;
		}

		private void readLine(int n) {
			String trimmed = this.lines.trimmed(n);
			String furniture = ArticleShapes.furniture(trimmed);
			if (furniture != null) {
				this.ledger.assign(n, LineRole.FURNITURE, furniture, null);
			}
			else if (ArticleShapes.isEditLink(trimmed)) {
				this.ledger.assign(n, LineRole.FURNITURE, "edit link", null);
			}
			else if (ArticleShapes.isContentsHeading(trimmed) && isContentsEntry(this.lines.nextNonBlank(n + 1))) {
				this.ledger.assign(n, LineRole.FURNITURE, "table of contents", null);
				for (int m = this.lines.nextNonBlank(n + 1); isContentsEntry(m); m = this.lines.nextNonBlank(m + 1)) {
					this.ledger.assign(m, LineRole.FURNITURE, "table of contents entry", null);
				}
			}
			else if (headingTitle(n) != null) {
				startSection(headingTitle(n), n);
			}
			else if (this.role == SectionRole.WORKS_CITED) {
				readEntry(n);
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

		/** Whether line {@code n} (-1 for none) is an unread table-of-contents entry. */
		private boolean isContentsEntry(int n) {
			return n > 0 && !this.ledger.isAssigned(n) && ArticleShapes.isContentsEntry(this.lines.trimmed(n));
		}

		/** Adds line {@code n} to the list as an entry, or to the entry it carries on. */
		private void readEntry(int n) {
			WorksCited.read(this.passages, this.lines, this.ledger, n, () -> "w" + (++this.entries));
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
			int next = this.lines.nextNonBlank(n + 1);
			boolean editLinkFollows = next > 0 && ArticleShapes.isEditLink(this.lines.trimmed(next));
			if ((editLinkFollows && ArticleShapes.isHeadingText(trimmed)) || WorksCited.isHeading(trimmed)
					|| ArticleShapes.isBodyTrailer(trimmed)) {
				return WorksCited.title(OriginalText.stripped(this.lines, n));
			}
			return null;
		}

		private void startSection(String title, int n) {
			endSection();
			this.ledger.assign(n, LineRole.HEADING, "heading", null);
			this.sectionTitle = title;
			this.headingLine = n;
			this.role = WorksCited.isHeading(TextFolding.fold(title)) ? SectionRole.WORKS_CITED : SectionRole.BODY;
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

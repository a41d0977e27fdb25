package org.thawcorpus.source.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

import org.thawcorpus.bibliography.CitationData;
import org.thawcorpus.bibliography.CitationFinder;
import org.thawcorpus.bibliography.CitationScan;
import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.source.BracketNotes;
import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.WorksCited;
import org.thawcorpus.source.html.HtmlPage;
import org.thawcorpus.source.html.PageReader;
import org.thawcorpus.source.html.TextBlock;
import org.thawcorpus.text.TextFolding;

/**
 * Reads a saved wiki page (MediaWiki: Wikipedia or a fan wiki, any skin) from its markup
 * into the records the text reader makes, with more filled in.
 * <p>
 * The title is the page heading ({@code #firstHeading}). Only the wiki's rendering of the
 * page's text ({@code #mw-content-text}) is read; everything around it (tabs, sidebar,
 * tagline, "Retrieved from", footer) is furniture, and so are the contents box, navboxes,
 * hatnotes, notice boxes and section edit links within it (see {@link WikiRegions}). The
 * infobox and the category links are metadata; image captions are passages labelled
 * "caption". Each heading starts a section; a section is a works-cited list when its
 * heading names one ("References", "Notes", ...) or it holds a reference list. Each entry
 * of a reference list is a passage w1, w2, ... with one citation, its fields read from
 * the entry's COinS where it has one ({@link WikiEntries}); every other block of text is
 * a passage p1, p2, ... in which each footnote marker ("[3]") is a citation carrying its
 * entry's fields and a link to it ({@link FootnoteMarkers}), and each editors' mark
 * ("[citation needed]") gets a note.
 */
final class ArticleHtmlReader {

	private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

	ParsedDocument read(HtmlPage page) {
		return new Reading(page).read();
	}

	/** A section being read. */
	private static final class Section {

		private final String title;

		private final Integer headingLine;

		private final Element heading;

		private final SectionRole role;

		private final List<ParsedPassage> passages = new ArrayList<>();

		Section(String title, Integer headingLine, Element heading, SectionRole role) {
			this.title = title;
			this.headingLine = headingLine;
			this.heading = heading;
			this.role = role;
		}

	}

	/** One pass over one page. */
	private static final class Reading {

		private final HtmlPage page;

		private final LineLedger ledger;

		private final List<SourceNote> notes = new ArrayList<>();

		private final Element content;

		/** The first and last block of the content, or 0 and -1 for none. */
		private final int contentFirst;

		private final int contentLast;

		private final WikiRegions regions;

		private final FootnoteMarkers markers;

		private final WikiEntries entries;

		private final Map<Integer, Element> referenceItems = new HashMap<>();

		private final Set<Integer> headingsOverReferences = new HashSet<>();

		private final Set<Integer> titleBlocks = new HashSet<>();

		private final Set<Element> itemsRead = Collections.newSetFromMap(new IdentityHashMap<>());

		private final Map<String, FootnoteMarkers.Target> targets = new HashMap<>();

		private final Map<String, TextBlock> bodyBlocks = new HashMap<>();

		private final List<Section> sections = new ArrayList<>();

		private Section section = new Section(null, null, null, SectionRole.BODY);

		private int paragraphs;

		private int entryCount;

		Reading(HtmlPage page) {
			this.page = page;
			this.ledger = new LineLedger(page.lines());
			this.content = WikiMarkup.content(page.dom());
			List<TextBlock> inContent = page.within(this.content);
			this.contentFirst = inContent.isEmpty() ? 0 : inContent.get(0).number();
			this.contentLast = inContent.isEmpty() ? -1 : inContent.get(inContent.size() - 1).number();
			this.regions = WikiRegions.of(page);
			this.markers = FootnoteMarkers.of(page, this.content);
			this.entries = new WikiEntries(page, this.notes);
			for (Element item : this.content.select(WikiMarkup.REFERENCE_ITEM)) {
				for (TextBlock block : page.within(item)) {
					this.referenceItems.putIfAbsent(block.number(), item);
				}
			}
		}

		ParsedDocument read() {
			String title = readTitle();
			findHeadingsOverReferences();
			for (TextBlock block : this.page.blocks()) {
				int n = block.number();
				if (!this.page.lines().isBlank(n) && !this.ledger.isAssigned(n)) {
					readBlock(block);
				}
			}
			endSection();
			resolveShortForms();
			List<ParsedSection> read = withMarkers();
			this.notes.sort(Comparator.comparing(SourceNote::line, Comparator.nullsFirst(Comparator.naturalOrder())));
			return new ParsedDocument(ArticleKind.KIND, title, read, List.of(), this.notes, this.ledger.uses());
		}

		/** The page heading, its blocks set aside as the title. */
		private String readTitle() {
			Element heading = this.page.dom().body().selectFirst(WikiMarkup.FIRST_HEADING);
			List<TextBlock> blocks = (heading != null)
					? this.page.within(heading).stream().filter((b) -> !b.isFurniture()).toList() : List.of();
			if (!blocks.isEmpty()) {
				blocks.forEach((b) -> this.titleBlocks.add(b.number()));
				return String.join(" ", blocks.stream().map((b) -> oneLine(b.text())).toList());
			}
			String title = PageReader.title(this.page);
			this.page.blocks()
				.stream()
				.filter((b) -> !b.isFurniture() && b.tag().equals("h1") && oneLine(b.text()).equals(title))
				.findFirst()
				.ifPresent((b) -> this.titleBlocks.add(b.number()));
			return title;
		}

		/** The headings whose sections hold a reference list. */
		private void findHeadingsOverReferences() {
			Integer heading = null;
			for (TextBlock block : this.page.blocks()) {
				if (isHeading(block)) {
					heading = block.number();
				}
				else if (heading != null && this.referenceItems.containsKey(block.number())) {
					this.headingsOverReferences.add(heading);
				}
			}
		}

		private boolean isHeading(TextBlock block) {
			return HEADINGS.contains(block.tag()) && !block.isFurniture() && this.regions.role(block.number()) == null
					&& !this.titleBlocks.contains(block.number()) && inContent(block);
		}

		private boolean inContent(TextBlock block) {
			return block.number() >= this.contentFirst && block.number() <= this.contentLast;
		}

		private void readBlock(TextBlock block) {
			int n = block.number();
			LineRole region = this.regions.role(n);
			if (this.titleBlocks.contains(n)) {
				this.ledger.assign(n, LineRole.TITLE, "title", null);
			}
			else if (region == LineRole.FURNITURE) {
				this.ledger.assign(n, LineRole.FURNITURE, this.regions.label(n), null);
			}
			else if (block.isFurniture()) {
				this.ledger.assign(n, LineRole.FURNITURE, block.furniture(), null);
			}
			else if (region == LineRole.METADATA) {
				this.ledger.assign(n, LineRole.METADATA, this.regions.label(n), null);
			}
			else if (!inContent(block)) {
				this.ledger.assign(n, LineRole.FURNITURE, "page chrome", null);
			}
			else if (this.referenceItems.containsKey(n)) {
				readReference(block, this.referenceItems.get(n));
			}
			else if (isHeading(block)) {
				readHeading(block);
			}
			else if (this.section.role == SectionRole.WORKS_CITED) {
				readEntry(List.of(block), block.element(), "works-cited entry");
			}
			else {
				readPassage(block, this.regions.label(n));
			}
		}

		private void readHeading(TextBlock block) {
			int n = block.number();
			Element element = block.element();
			if (element == this.section.heading) {
				this.ledger.assign(n, LineRole.HEADING, "heading, continued", null);
				return;
			}
			endSection();
			String title = oneLine(block.text());
			boolean worksCited = WorksCited.isHeading(TextFolding.fold(title).strip())
					|| this.headingsOverReferences.contains(n);
			this.section = new Section(title, n, element, worksCited ? SectionRole.WORKS_CITED : SectionRole.BODY);
			this.ledger.assign(n, LineRole.HEADING, "heading", null);
		}

		/**
		 * An entry of a reference list: its run of consecutive blocks from this one; a
		 * later run of the same item (after a block of furniture) is an entry of its own.
		 */
		private void readReference(TextBlock block, Element item) {
			if (this.section.role != SectionRole.WORKS_CITED) {
				endSection();
				this.section = new Section(null, null, null, SectionRole.WORKS_CITED);
			}
			List<TextBlock> run = new ArrayList<>();
			for (int n = block.number(); n <= this.page.blocks().size(); n++) {
				TextBlock next = this.page.block(n);
				if (this.referenceItems.get(n) != item || next.isFurniture() || this.regions.role(n) != null
						|| this.page.lines().isBlank(n) || this.ledger.isAssigned(n)) {
					break;
				}
				run.add(next);
			}
			boolean first = this.itemsRead.add(item);
			ParsedPassage entry = readEntry(run, item, first ? "works-cited entry" : "works-cited entry, continued");
			if (first && !item.id().isEmpty() && !entry.citations().isEmpty()) {
				FoundCitation citation = entry.citations().get(0);
				this.targets.put(item.id(),
						new FootnoteMarkers.Target(entry.anchor(), citation.raw(), citation.data()));
			}
		}

		private ParsedPassage readEntry(List<TextBlock> run, Element container, String label) {
			String anchor = "w" + (++this.entryCount);
			ParsedPassage entry = this.entries.entry(anchor, run, container);
			this.section.passages.add(entry);
			for (TextBlock block : run) {
				this.ledger.assign(block.number(), LineRole.CITATION, label, anchor);
			}
			return entry;
		}

		private void readPassage(TextBlock block, String label) {
			int n = block.number();
			String anchor = "p" + (++this.paragraphs);
			String text = block.text();
			CitationScan scan = CitationFinder.scan(text);
			this.notes.addAll(BracketNotes.of(scan, text, n));
			noteEditorMarks(block);
			this.section.passages.add(new ParsedPassage(anchor, text, n, n, scan.citations()));
			this.bodyBlocks.put(anchor, block);
			this.ledger.assign(n, LineRole.PASSAGE, label, anchor);
		}

		/**
		 * A note for each editors' mark: those the markup shows, and any other the text
		 * reader would see in the text.
		 */
		private void noteEditorMarks(TextBlock block) {
			int n = block.number();
			List<String> marked = new ArrayList<>(this.markers.editorMarks(block));
			List<String> printed = new ArrayList<>(marked);
			for (int[] mark : ArticleShapes.editorMarks(TextFolding.fold(block.text()))) {
				String text = block.text().substring(mark[0], mark[1]);
				if (!marked.remove(text)) {
					printed.add(text);
				}
			}
			for (String mark : printed) {
				this.notes.add(new SourceNote(n, NoteKind.CITATION_NEEDED, "Line " + n + " carries the editors' mark \""
						+ mark + "\": the encyclopedia's own editors flagged the text before it."));
			}
		}

		private void endSection() {
			Section ended = this.section;
			if (ended.headingLine != null || !ended.passages.isEmpty()) {
				this.sections.add(ended);
			}
			if (ended.role == SectionRole.WORKS_CITED && ended.passages.isEmpty()) {
				this.notes.add(new SourceNote(ended.headingLine, NoteKind.EMPTY_WORKS_CITED,
						"The \"" + ended.title + "\" list is empty in this copy."));
			}
		}

		/**
		 * Gives each short-form entry the fields of the full citation it links to, and so
		 * the markers that point to it.
		 */
		private void resolveShortForms() {
			Map<String, CitationData> resolved = this.entries.shortForms();
			if (resolved.isEmpty()) {
				return;
			}
			for (Section s : this.sections) {
				s.passages
					.replaceAll((p) -> resolved.containsKey(p.anchor()) ? withData(p, resolved.get(p.anchor())) : p);
			}
			this.targets.replaceAll((id, t) -> resolved.containsKey(t.anchor())
					? new FootnoteMarkers.Target(t.anchor(), t.raw(), resolved.get(t.anchor())) : t);
		}

		private static ParsedPassage withData(ParsedPassage entry, CitationData data) {
			if (entry.citations().isEmpty()) {
				return entry;
			}
			FoundCitation c = entry.citations().get(0);
			FoundCitation resolved = new FoundCitation(c.start(), c.end(), c.raw(), c.opener(), c.closer(), data);
			return new ParsedPassage(entry.anchor(), entry.text(), entry.firstLine(), entry.lastLine(),
					List.of(resolved));
		}

		/**
		 * The sections, with each body passage's footnote markers added to its citations
		 * (a citation the text scan found where a marker stands gives way to the marker).
		 */
		private List<ParsedSection> withMarkers() {
			List<ParsedSection> result = new ArrayList<>();
			for (Section s : this.sections) {
				List<ParsedPassage> passages = new ArrayList<>();
				for (ParsedPassage passage : s.passages) {
					TextBlock block = this.bodyBlocks.get(passage.anchor());
					passages.add((block != null) ? withMarkers(passage, block) : passage);
				}
				result.add(new ParsedSection(s.title, s.headingLine, s.role, passages));
			}
			return result;
		}

		private ParsedPassage withMarkers(ParsedPassage passage, TextBlock block) {
			for (String printed : this.markers.unresolved(block, this.targets)) {
				this.notes.add(new SourceNote(block.number(), NoteKind.OTHER, "Line " + block.number()
						+ " has the footnote marker \"" + printed + "\", but the copy holds no entry it points to."));
			}
			List<FoundCitation> marked = this.markers.citations(block, this.targets);
			if (marked.isEmpty()) {
				return passage;
			}
			List<FoundCitation> all = new ArrayList<>(marked);
			for (FoundCitation scanned : passage.citations()) {
				if (marked.stream().noneMatch((m) -> m.start() < scanned.end() && scanned.start() < m.end())) {
					all.add(scanned);
				}
			}
			all.sort(Comparator.comparingInt(FoundCitation::start));
			return new ParsedPassage(passage.anchor(), passage.text(), passage.firstLine(), passage.lastLine(), all);
		}

		private static String oneLine(String text) {
			return text.replace('\n', ' ').strip();
		}

	}

}

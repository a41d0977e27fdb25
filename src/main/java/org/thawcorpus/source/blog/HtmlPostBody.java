package org.thawcorpus.source.blog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import org.thawcorpus.bibliography.CitationFinder;
import org.thawcorpus.bibliography.CitationScan;
import org.thawcorpus.source.BracketNotes;
import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.WorksCited;
import org.thawcorpus.source.html.TextBlock;
import org.thawcorpus.text.TextFolding;

/**
 * The text of a post, block by block: a heading element starts a section, every other
 * block (a paragraph, a list item, a quotation's paragraph, a caption) is a passage (p1,
 * p2, ...) with the citations found in its brackets, and the cells of one table row are
 * one passage. A works-cited heading ("Works Cited", "References", "Sources", as the text
 * reader knows them), as a heading or a paragraph of its own, starts a works-cited list
 * whose blocks are entries (w1, w2, ...), one citation each, up to the next heading.
 */
final class HtmlPostBody {

	private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

	/**
	 * Works-cited headings in languages other than English, which the text reader's
	 * {@link WorksCited#HEADING} knows.
	 */
	private static final Pattern OTHER_LANGUAGES = Pattern.compile("(?iu)(?:quellen(?:angaben|verzeichnis)?"
			+ "|literatur(?:verzeichnis|angaben)?|bibliographie|bibliografie|bibliografia|bibliografía"
			+ "|références(?: bibliographiques)?|fuentes|fonti|источники|литература|список литературы)\\s*:?");

	private final SourceLines lines;

	private final LineLedger ledger;

	private final List<SourceNote> notes;

	private final List<ParsedSection> sections = new ArrayList<>();

	private List<ParsedPassage> passages = new ArrayList<>();

	private String title;

	private Integer heading;

	private SectionRole role = SectionRole.BODY;

	private final List<TextBlock> row = new ArrayList<>();

	private int paragraphs;

	private int entries;

	HtmlPostBody(SourceLines lines, LineLedger ledger, List<SourceNote> notes) {
		this.lines = lines;
		this.ledger = ledger;
		this.notes = notes;
	}

	/** Reads the next block of the post's text. */
	void add(TextBlock block) {
		String trimmed = TextFolding.fold(block.text()).strip();
		boolean isHeading = HEADINGS.contains(block.tag());
		boolean worksCited = (WorksCited.isHeading(trimmed) || OTHER_LANGUAGES.matcher(trimmed).matches())
				&& (isHeading || !block.text().contains("\n"));
		if (isHeading || worksCited) {
			flushRow();
			endSection();
			this.role = worksCited ? SectionRole.WORKS_CITED : SectionRole.BODY;
			this.title = worksCited ? WorksCited.title(block.text()) : block.text().replace('\n', ' ');
			this.heading = block.number();
			this.ledger.assign(block.number(), LineRole.HEADING, worksCited ? "works-cited heading" : "heading", null);
			return;
		}
		Element row = row(block);
		if (!this.row.isEmpty() && (row == null || row(this.row.get(0)) != row)) {
			flushRow();
		}
		this.row.add(block);
		if (row == null) {
			flushRow();
		}
	}

	/**
	 * Ends a table row being read, since something other than the post's text follows.
	 */
	void interrupt() {
		flushRow();
	}

	/** The sections read, in page order; notes on empty works-cited lists added. */
	List<ParsedSection> finish() {
		flushRow();
		endSection();
		return this.sections;
	}

	private void flushRow() {
		if (this.row.isEmpty()) {
			return;
		}
		int first = this.row.get(0).number();
		int last = this.row.get(this.row.size() - 1).number();
		this.row.clear();
		if (this.role == SectionRole.WORKS_CITED) {
			String anchor = "w" + (++this.entries);
			this.passages.add(WorksCited.entry(anchor, this.lines, first, last));
			for (int n = first; n <= last; n++) {
				this.ledger.assign(n, LineRole.CITATION, "works-cited entry", anchor);
			}
			return;
		}
		String anchor = "p" + (++this.paragraphs);
		String text = String.join("\n", this.lines.all().subList(first - 1, last));
		CitationScan scan = CitationFinder.scan(text);
		this.notes.addAll(BracketNotes.of(scan, lineBreaksOnly(first, last), first));
		this.passages.add(new ParsedPassage(anchor, text, first, last, scan.citations()));
		for (int n = first; n <= last; n++) {
			this.ledger.assign(n, LineRole.PASSAGE, null, anchor);
		}
	}

	/**
	 * The passage's text with a line break only between blocks, so that a note names the
	 * block its bracket stands in.
	 */
	private String lineBreaksOnly(int first, int last) {
		List<String> texts = new ArrayList<>();
		for (int n = first; n <= last; n++) {
			texts.add(this.lines.line(n).replace('\n', ' '));
		}
		return String.join("\n", texts);
	}

	private void endSection() {
		if (this.heading != null || !this.passages.isEmpty()) {
			this.sections.add(new ParsedSection(this.title, this.heading, this.role, this.passages));
			if (this.role == SectionRole.WORKS_CITED && this.passages.isEmpty()) {
				this.notes.add(new SourceNote(this.heading, NoteKind.EMPTY_WORKS_CITED,
						"The \"" + this.title + "\" list is empty in this copy: no works are cited under it."));
			}
		}
		this.passages = new ArrayList<>();
		this.title = null;
		this.heading = null;
		this.role = SectionRole.BODY;
	}

	/** The table row a block is a cell of, or null. */
	private static Element row(TextBlock block) {
		return block.element().closest("tr");
	}

}

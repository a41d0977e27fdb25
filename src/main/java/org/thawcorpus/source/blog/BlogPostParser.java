package org.thawcorpus.source.blog;

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
import org.thawcorpus.source.PrintedCount;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.TextFurniture;
import org.thawcorpus.source.TextPage;
import org.thawcorpus.source.TitleCandidate;
import org.thawcorpus.source.TitleRules;
import org.thawcorpus.source.Titles;
import org.thawcorpus.source.WorksCited;

/**
 * Parses a copy of a blog post into its title, body, works cited and comments.
 * <p>
 * The site's furniture at the head and foot of the copy is set aside
 * ({@link TextFurniture}). The title is the line a {@link TitleRules generic rule} finds
 * where the page states it (the lines above it are the page's header), else the first
 * line that is no furniture, with a note (shortened at a word if very long); byline or
 * date lines right under it are metadata, as are bylines, category, tag and "This entry
 * was posted" lines anywhere in the post. Every other non-blank line of the body is a
 * paragraph (p1, p2, ...) with the citations found in its brackets, except a subheading:
 * a short, title-like line between two paragraphs, the second of them prose, starts a
 * section of the body. A works-cited heading ("Work Cited:", "References",
 * "Bibliography", "Sources") starts a list whose entries (w1, w2, ...) are each one
 * citation, one a line unless a line carries on the entry before it (see
 * {@link WorksCited#continues}); the list, like the body, ends at the next furniture,
 * comments header or reply form. A "Related" heading starts a block of links to other
 * posts, furniture up to the next furniture, metadata or comments header. The comments
 * header ("6 thoughts on “Title”", "One thought on", "12 Responses to", "4 comments")
 * gives the count claimed; the comments follow it up to the reply form (see
 * {@link BlogComments}). Share buttons, the reply form and similar furniture are named in
 * the line's label. Lines after the body that match nothing stay unaccounted.
 */
final class BlogPostParser {

	/** The words of a blog's furniture, the blog engines' own first. */
	static final FurnitureWords WORDS = FurnitureWords.COMMON.with(BlogShapes::furniture);

	ParsedDocument parse(SourceLines lines) {
		return TextFurniture.read(lines, WORDS, TitleRules.GENERIC, (page) -> new Reading(page).read());
	}

	/** Where in the page a line stands. */
	private enum Zone {

		BODY, WORKS_CITED, RELATED, AFTER_BODY, COMMENTS, REPLY_FORM

	}

	/** One pass over one source. */
	private static final class Reading {

		/** A related post's link is a short line, not a sentence. */
		private static final int RELATED_MAX_LENGTH = 150;

		private final SourceLines lines;

		private final TextPage page;

		private final LineLedger ledger;

		private final List<SourceNote> notes = new ArrayList<>();

		private final List<ParsedSection> body = new ArrayList<>();

		private String bodyTitle;

		private Integer bodyHeading;

		private List<ParsedPassage> passages = new ArrayList<>();

		private int paragraphs;

		private final List<ParsedSection> lists = new ArrayList<>();

		private final List<Integer> commentLines = new ArrayList<>();

		private Zone zone = Zone.BODY;

		private boolean underShareThis;

		private String listTitle;

		private int listHeading;

		private List<ParsedPassage> entries = new ArrayList<>();

		private int entryCount;

		private Integer commentsClaimed;

		private int commentsHeading;

		Reading(TextPage page) {
			this.page = page;
			this.lines = page.lines();
			this.ledger = new LineLedger(this.lines);
		}

		ParsedDocument read() {
			String title = readTitle();
			for (int n = 1; n <= this.lines.count(); n++) {
				if (!this.lines.isBlank(n) && !this.ledger.isAssigned(n)) {
					readLine(n);
				}
			}
			endList();
			endBodySection();
			List<ParsedComment> comments = BlogComments.read(this.lines, this.ledger, this.notes, this.commentLines);
			if (this.commentsClaimed != null && this.commentsClaimed != comments.size()) {
				this.notes.add(new SourceNote(this.commentsHeading, NoteKind.CLAIMED_VS_PRESENT, "The page claims "
						+ count(this.commentsClaimed) + "; this copy holds " + comments.size() + "."));
			}
			List<ParsedSection> sections = new ArrayList<>(this.body);
			sections.addAll(this.lists);
			this.notes.sort(Comparator.comparing(SourceNote::line, Comparator.nullsFirst(Comparator.naturalOrder())));
			return new ParsedDocument(BlogPostKind.KIND, title, sections,
					List.of(new ParsedComments(this.commentsClaimed, comments)), this.notes, this.ledger.uses());
		}

		/**
		 * The title the page states, the page's header above it (a dateline there is
		 * metadata), and the byline under it; without a stated title, the first line that
		 * is not furniture, with a note.
		 */
		private String readTitle() {
			TitleCandidate stated = this.page.title();
			int n = this.lines.nextNonBlank(1);
			while (n > 0
					&& (BlogShapes.furniture(this.lines.trimmed(n)) != null || (stated != null && n < stated.line()))) {
				String trimmed = this.lines.trimmed(n);
				FurnitureWords.Word word = WORDS.word(trimmed);
				if (word == null && (BlogShapes.isByline(trimmed) || TitleRules.isDateAlone(trimmed))) {
					this.ledger.assign(n, LineRole.METADATA, "byline", null);
				}
				else {
					this.ledger.assign(n, LineRole.FURNITURE, (word != null) ? word.label() : "page header", null);
				}
				n = this.lines.nextNonBlank(n + 1);
			}
			if (n < 0) {
				return "(untitled)";
			}
			if (stated == null) {
				this.notes.add(Titles.firstLineNote(n));
			}
			this.ledger.assign(n, LineRole.TITLE, "title", null);
			String title = Titles.excerpt(OriginalText.stripped(this.lines, n));
			n = this.lines.nextNonBlank(n + 1);
			while (n > 0 && BlogShapes.isByline(this.lines.trimmed(n))) {
				this.ledger.assign(n, LineRole.METADATA, "byline", null);
				n = this.lines.nextNonBlank(n + 1);
			}
			return title;
		}

		private void readLine(int n) {
			String trimmed = this.lines.trimmed(n);
			if (this.underShareThis && BlogShapes.isShareTarget(trimmed)) {
				this.ledger.assign(n, LineRole.FURNITURE, "share button", null);
				return;
			}
			this.underShareThis = false;
			PrintedCount claimed = (this.commentsHeading == 0) ? BlogShapes.commentsCount(trimmed) : null;
			if (claimed != null) {
				endList();
				// An abbreviated count ("1.2k comments") is no claim to check the copy
				// against.
				this.commentsClaimed = claimed.exact() ? claimed.intValue() : null;
				this.commentsHeading = n;
				this.zone = Zone.COMMENTS;
				this.ledger.assign(n, LineRole.METADATA, "comments claimed", null);
			}
			else if (BlogShapes.isReplyFormStart(trimmed)) {
				endList();
				this.zone = Zone.REPLY_FORM;
				this.ledger.assign(n, LineRole.FURNITURE, BlogShapes.furniture(trimmed), null);
			}
			else if (this.zone == Zone.COMMENTS) {
				this.commentLines.add(n);
			}
			else if (BlogShapes.furniture(trimmed) != null) {
				String furniture = BlogShapes.furniture(trimmed);
				this.ledger.assign(n, LineRole.FURNITURE, furniture, null);
				this.underShareThis = "Share this:".equals(furniture);
				endList();
				if ("related posts".equals(furniture) && this.zone == Zone.AFTER_BODY) {
					this.zone = Zone.RELATED;
				}
				else if (this.zone == Zone.RELATED) {
					this.zone = Zone.AFTER_BODY;
				}
			}
			else if (this.zone == Zone.REPLY_FORM && BlogShapes.isFormField(trimmed)) {
				this.ledger.assign(n, LineRole.FURNITURE, "reply form field", null);
			}
			else if (BlogShapes.taxonomy(trimmed) != null) {
				this.ledger.assign(n, LineRole.METADATA, BlogShapes.taxonomy(trimmed), null);
				this.zone = (this.zone == Zone.RELATED) ? Zone.AFTER_BODY : this.zone;
			}
			else if (WorksCited.isHeading(trimmed)) {
				startList(n);
			}
			else if (BlogComments.isAuthorHeader(trimmed) || BlogComments.isPingback(trimmed)) {
				endList();
				this.zone = Zone.COMMENTS;
				this.commentLines.add(n);
			}
			else if (this.zone != Zone.WORKS_CITED && BlogShapes.isPostFooter(trimmed)) {
				this.ledger.assign(n, LineRole.METADATA, "post footer", null);
				this.zone = (this.zone == Zone.RELATED) ? Zone.AFTER_BODY : this.zone;
			}
			else if (this.zone == Zone.RELATED && trimmed.length() <= RELATED_MAX_LENGTH && !trimmed.endsWith(".")) {
				this.ledger.assign(n, LineRole.FURNITURE, "related post", null);
			}
			else if (this.zone == Zone.RELATED) {
				// A sentence is no link: the block of related posts is over.
				this.zone = Zone.AFTER_BODY;
			}
			else if (this.zone != Zone.WORKS_CITED && BlogShapes.isByline(trimmed)) {
				this.ledger.assign(n, LineRole.METADATA, "byline", null);
			}
			else if (this.zone == Zone.BODY && isSubheading(n)) {
				endBodySection();
				this.ledger.assign(n, LineRole.HEADING, "subheading", null);
				this.bodyTitle = OriginalText.stripped(this.lines, n);
				this.bodyHeading = n;
			}
			else if (this.zone == Zone.BODY) {
				addParagraph(n);
			}
			else if (this.zone == Zone.WORKS_CITED) {
				readEntry(n);
			}
		}

		/** Adds line {@code n} to the list as an entry, or to the entry it carries on. */
		private void readEntry(int n) {
			WorksCited.read(this.entries, this.lines, this.ledger, n, () -> "w" + (++this.entryCount));
		}

		/**
		 * Whether line {@code n} is a subheading of the body: short and title-like, after
		 * a paragraph, and followed by a longer paragraph of prose.
		 */
		private boolean isSubheading(int n) {
			int previous = n - 1;
			while (previous > 0 && this.lines.isBlank(previous)) {
				previous--;
			}
			int next = this.lines.nextNonBlank(n + 1);
			if (this.passages.isEmpty() || previous != this.passages.get(this.passages.size() - 1).lastLine()
					|| next < 0 || this.ledger.isAssigned(next)) {
				return false;
			}
			String trimmed = this.lines.trimmed(n);
			String following = this.lines.trimmed(next);
			return BlogShapes.isSubheading(trimmed) && following.length() > trimmed.length()
					&& BlogShapes.isProse(following) && BlogShapes.furniture(following) == null
					&& !WorksCited.isHeading(following) && BlogShapes.commentsClaimed(following) == null;
		}

		private void addParagraph(int n) {
			String anchor = "p" + (++this.paragraphs);
			String text = this.lines.line(n);
			CitationScan scan = CitationFinder.scan(text);
			this.notes.addAll(BracketNotes.of(scan, text, n));
			this.passages.add(new ParsedPassage(anchor, text, n, n, scan.citations()));
			this.ledger.assign(n, LineRole.PASSAGE, null, anchor);
		}

		private void endBodySection() {
			if (this.bodyHeading != null || !this.passages.isEmpty()) {
				this.body.add(new ParsedSection(this.bodyTitle, this.bodyHeading, SectionRole.BODY, this.passages));
			}
			this.passages = new ArrayList<>();
			this.bodyTitle = null;
			this.bodyHeading = null;
		}

		private void startList(int n) {
			endList();
			this.ledger.assign(n, LineRole.HEADING, "works-cited heading", null);
			this.listTitle = WorksCited.title(OriginalText.stripped(this.lines, n));
			this.listHeading = n;
			this.zone = Zone.WORKS_CITED;
		}

		/**
		 * Closes the works-cited list being read, if any; the body is over either way.
		 */
		private void endList() {
			if (this.zone == Zone.WORKS_CITED) {
				this.lists
					.add(new ParsedSection(this.listTitle, this.listHeading, SectionRole.WORKS_CITED, this.entries));
				if (this.entries.isEmpty()) {
					this.notes.add(new SourceNote(this.listHeading, NoteKind.EMPTY_WORKS_CITED,
							"The \"" + this.listTitle + "\" list is empty in this copy: no works are cited under it."));
				}
				this.entries = new ArrayList<>();
			}
			if (this.zone == Zone.BODY || this.zone == Zone.WORKS_CITED) {
				this.zone = Zone.AFTER_BODY;
			}
		}

		private static String count(int comments) {
			return comments + ((comments == 1) ? " comment" : " comments");
		}

	}

}

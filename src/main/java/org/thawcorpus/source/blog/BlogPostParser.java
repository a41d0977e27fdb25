package org.thawcorpus.source.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

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
 * was posted" lines anywhere in the post, the author's name alone beside the byline's
 * date, and an author's box ("Published by", the name, "View all posts by"). The first
 * author and date the bylines print are the post's byline; its date dates comments
 * printed without a year. Every other non-blank line of the body is a paragraph (p1, p2,
 * ...) with the citations found in its brackets, except a subheading: a short, title-like
 * line between two paragraphs, the second of them prose, starts a section of the body
 * (never a line under one ending in ":", nor an image's caption). At the body's end, a
 * subscription box and other site furniture the site's words name are furniture. A
 * works-cited heading ("Work Cited:", "References", "Bibliography", "Sources") starts a
 * list whose entries (w1, w2, ...) are each one citation, one a line unless a line
 * carries on the entry before it (see {@link WorksCited#continues}); the list, like the
 * body, ends at the next furniture, comments header or reply form. A "Related" heading
 * starts a block of links to other posts (titles, dates, categories, excerpts cut short),
 * furniture up to the next furniture, metadata or comments header. The comments header
 * ("6 thoughts on “Title”", "There are 13 comments", "4 Gedanken zu", "24 Comments:")
 * gives the count claimed; the comments follow it up to the reply form (see
 * {@link BlogComments}); after "No comments" only a line shaped like a comment opens
 * them. The reply form, from its first line to the next post navigation, is furniture
 * with all its help and choices. A blog's feed links after the post ("Subscribe to: Post
 * Comments (Atom)") end the post's column: what follows is the sidebar. Share buttons,
 * archive months and similar furniture are named in the line's label. Lines after the
 * body that match nothing stay unaccounted.
 */
final class BlogPostParser {

	/** The words of a blog's furniture, the blog engines' own first. */
	static final FurnitureWords WORDS = FurnitureWords.COMMON.with(BlogShapes::furniture);

	ParsedDocument parse(SourceLines lines) {
		return TextFurniture.read(lines, WORDS, TitleRules.GENERIC, (page) -> new Reading(page).read());
	}

	/** Where in the page a line stands. */
	private enum Zone {

		BODY, WORKS_CITED, RELATED, AFTER_BODY, COMMENTS, REPLY_FORM, SIDEBAR

	}

	/** One pass over one source. */
	private static final class Reading {

		/** Blank lines above a line that show an image between it and the text above. */
		private static final int CAPTION_GAP = 3;

		private static final String SUBSCRIPTION = "subscription prompt";

		/** The site's furniture words that stand in a post's body, at its end. */
		private static final Set<String> BODY_FURNITURE = Set.of(SUBSCRIPTION, "share buttons", "like button",
				"feed links", "comment form", "cookie notice", "copyright line", "loading notice",
				"translation widget");

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

		private final BylineLines byline = new BylineLines();

		/**
		 * The post's date, from its byline: the year of comment dates printed without
		 * one.
		 */
		private LocalDate postDate;

		/**
		 * Whether the line before was a "Next Post" or "Previous Post" link's caption.
		 */
		private boolean underPostLink;

		/** Lines of an author box still to come under its heading. */
		private int authorBox;

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
			List<ParsedComment> comments = BlogComments.read(this.lines, this.ledger, this.notes, this.commentLines,
					this.postDate);
			if (this.commentsClaimed != null && this.commentsClaimed != comments.size()) {
				this.notes.add(new SourceNote(this.commentsHeading, NoteKind.CLAIMED_VS_PRESENT, "The page claims "
						+ count(this.commentsClaimed) + "; this copy holds " + comments.size() + "."));
			}
			List<ParsedSection> sections = new ArrayList<>(this.body);
			sections.addAll(this.lists);
			this.notes.sort(Comparator.comparing(SourceNote::line, Comparator.nullsFirst(Comparator.naturalOrder())));
			return new ParsedDocument(BlogPostKind.KIND, title, sections,
					List.of(new ParsedComments(this.commentsClaimed, comments), this.byline.result()), this.notes,
					this.ledger.uses());
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
					byline(n);
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
			while (n > 0 && (BlogShapes.isByline(this.lines.trimmed(n)) || isBylineUnderTitle(n))) {
				byline(n);
				n = this.lines.nextNonBlank(n + 1);
			}
			return title;
		}

		/**
		 * Whether line {@code n}, right under the title, is a byline in any of the shapes
		 * pages print ("Sarah Gooding March 9, 2017 13", "Veröffentlicht am 28. Juli 2019
		 * von Anna"): short, naming a date or an author, no sentence.
		 */
		private boolean isBylineUnderTitle(int n) {
			String trimmed = this.lines.trimmed(n);
			return TitleRules.isByline(trimmed) && !BlogShapes.isProse(trimmed) && BlogShapes.furniture(trimmed) == null
					&& BlogShapes.commentsCount(trimmed) == null;
		}

		/** Records line {@code n} as a byline, and the post's date if it is the first. */
		private void byline(int n) {
			this.ledger.assign(n, LineRole.METADATA, "byline", null);
			this.byline.read(OriginalText.stripped(this.lines, n));
			if (this.postDate == null) {
				this.postDate = BlogDates.printed(this.lines.trimmed(n), null);
			}
		}

		private void readLine(int n) {
			String trimmed = this.lines.trimmed(n);
			boolean underPostLink = this.underPostLink;
			this.underPostLink = false;
			if (this.underShareThis && BlogShapes.isShareTarget(trimmed)) {
				this.ledger.assign(n, LineRole.FURNITURE, "share button", null);
				return;
			}
			this.underShareThis = false;
			String furniture = BlogShapes.furniture(trimmed);
			if (this.zone == Zone.SIDEBAR || (this.zone != Zone.BODY
					&& ("feed links".equals(furniture) || BlogShapes.isPostLinksAndHome(trimmed)))) {
				// A blog's feed links close the post's column (Blogger prints them last
				// in it, under its links to other posts): what follows is the sidebar.
				boolean inSidebar = this.zone == Zone.SIDEBAR && !"feed links".equals(furniture);
				this.ledger.assign(n, LineRole.FURNITURE, inSidebar ? "sidebar" : furniture, null);
				endList();
				this.zone = Zone.SIDEBAR;
				return;
			}
			if (underPostLink && this.zone != Zone.COMMENTS && furniture == null && !BlogShapes.isProse(trimmed)) {
				this.ledger.assign(n, LineRole.FURNITURE, "post navigation", null);
				return;
			}
			PrintedCount claimed = (this.commentsHeading == 0) ? BlogShapes.commentsCount(trimmed) : null;
			if (claimed != null && this.zone == Zone.BODY && this.paragraphs == 0) {
				// "3 Comments" under the title links to the comments; the post is still
				// to come.
				this.ledger.assign(n, LineRole.METADATA, "comments link", null);
			}
			else if (claimed != null) {
				endList();
				// An abbreviated count ("1.2k comments") is no claim to check the copy
				// against.
				this.commentsClaimed = claimed.exact() ? claimed.intValue() : null;
				this.commentsHeading = n;
				// "No comments": what follows is no comment unless it is shaped like one.
				this.zone = (claimed.value() == 0) ? Zone.AFTER_BODY : Zone.COMMENTS;
				this.ledger.assign(n, LineRole.METADATA, "comments claimed", null);
			}
			else if (BlogShapes.isReplyFormStart(trimmed) && this.zone == Zone.BODY && this.paragraphs == 0) {
				this.ledger.assign(n, LineRole.FURNITURE, "comments link", null);
			}
			else if (BlogShapes.isReplyFormStart(trimmed)) {
				endList();
				this.zone = Zone.REPLY_FORM;
				this.ledger.assign(n, LineRole.FURNITURE, furniture, null);
			}
			else if (this.zone == Zone.COMMENTS && "post navigation".equals(furniture)
					&& !this.commentLines.isEmpty()) {
				// The links to the next and previous posts close the comments.
				this.ledger.assign(n, LineRole.FURNITURE, furniture, null);
				this.zone = Zone.AFTER_BODY;
			}
			else if (this.zone == Zone.COMMENTS) {
				this.commentLines.add(n);
			}
			else if (furniture != null) {
				this.ledger.assign(n, LineRole.FURNITURE, furniture, null);
				this.underShareThis = "Share this:".equals(furniture) || "share button".equals(furniture);
				this.underPostLink = "post navigation".equals(furniture) && BlogShapes.isPostLinkCaption(trimmed);
				endList();
				if ("related posts".equals(furniture) && this.zone == Zone.AFTER_BODY) {
					this.zone = Zone.RELATED;
				}
				else if (this.zone == Zone.RELATED
						|| (this.zone == Zone.REPLY_FORM && "post navigation".equals(furniture))) {
					this.zone = Zone.AFTER_BODY;
				}
			}
			else if (isArchive(n)) {
				this.ledger.assign(n, LineRole.FURNITURE, "archive", null);
			}
			else if (this.zone == Zone.REPLY_FORM && BlogShapes.isFormField(trimmed)) {
				this.ledger.assign(n, LineRole.FURNITURE, "reply form field", null);
			}
			else if (BlogShapes.taxonomy(trimmed) != null) {
				this.ledger.assign(n, LineRole.METADATA, BlogShapes.taxonomy(trimmed), null);
				this.zone = (this.zone == Zone.RELATED) ? Zone.AFTER_BODY : this.zone;
			}
			else if (opensComments(trimmed)) {
				endList();
				this.zone = Zone.COMMENTS;
				this.commentLines.add(n);
			}
			else if (this.zone == Zone.REPLY_FORM) {
				// The form's help, its options and its subscription choices.
				this.ledger.assign(n, LineRole.FURNITURE, "reply form", null);
			}
			else if (WorksCited.isHeading(trimmed)) {
				startList(n);
			}
			else if (this.zone != Zone.WORKS_CITED && BlogShapes.isPostFooter(trimmed)) {
				this.ledger.assign(n, LineRole.METADATA, "post footer", null);
				this.zone = (this.zone == Zone.RELATED) ? Zone.AFTER_BODY : this.zone;
			}
			else if (this.zone == Zone.RELATED && BlogShapes.isRelatedEntry(trimmed)) {
				this.ledger.assign(n, LineRole.FURNITURE, "related post", null);
			}
			else if (this.zone == Zone.RELATED) {
				// A sentence is no link: the block of related posts is over.
				this.zone = Zone.AFTER_BODY;
			}
			else if (this.zone != Zone.WORKS_CITED && isAuthorBox(n)) {
				this.ledger.assign(n, LineRole.METADATA, "author box", null);
			}
			else if (this.zone != Zone.WORKS_CITED && (BlogShapes.isByline(trimmed) || isBylineName(n))) {
				byline(n);
			}
			else if (this.zone == Zone.BODY && bodyFurniture(n) != null) {
				this.ledger.assign(n, LineRole.FURNITURE, bodyFurniture(n), null);
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

		/**
		 * Whether a line outside the comments opens them: a header with a verb ("Anna
		 * says:") or a pingback anywhere, a name with a date once the body is over.
		 */
		private boolean opensComments(String trimmed) {
			if (CommentHeaders.isVerbHeader(trimmed) || BlogComments.isPingback(trimmed)) {
				return true;
			}
			return this.zone != Zone.BODY && this.zone != Zone.WORKS_CITED && !BlogShapes.isByline(trimmed)
					&& CommentHeaders.read(trimmed) != null;
		}

		/**
		 * Whether line {@code n} is a month of the blog's archive: one of a run of such
		 * months, or the heading ("Archives") right above one.
		 */
		private boolean isArchive(int n) {
			String trimmed = this.lines.trimmed(n);
			int previous = previousNonBlank(n);
			int next = this.lines.nextNonBlank(n + 1);
			boolean monthBelow = next > 0 && BlogDates.isArchiveMonth(this.lines.trimmed(next));
			if (!BlogDates.isArchiveMonth(trimmed)) {
				FurnitureWords.Word word = this.page.words().word(trimmed);
				return word != null && "archive".equals(word.label()) && monthBelow;
			}
			return monthBelow || (previous > 0
					&& (BlogDates.isArchiveMonth(this.lines.trimmed(previous)) || "archive".equals(labelOf(previous))));
		}

		/**
		 * Whether line {@code n} belongs to the author's box under the post: its heading
		 * ("Published by", "About the author"), the author's name under it, and the line
		 * of the author's biography that links to their posts.
		 */
		private boolean isAuthorBox(int n) {
			String trimmed = this.lines.trimmed(n);
			if (BlogShapes.isAuthorBoxHeading(trimmed)) {
				this.authorBox = 2;
				return true;
			}
			boolean inBox = this.authorBox > 0;
			this.authorBox = Math.max(0, this.authorBox - 1);
			if (BlogShapes.isAuthorPostsLink(trimmed)) {
				this.authorBox = 0;
				return true;
			}
			return inBox && BlogShapes.isName(trimmed);
		}

		/**
		 * Whether line {@code n} is the author's name alone beside the date of the byline
		 * at the head of the post ("June 19, 2019" over "Andrea Middleton").
		 */
		private boolean isBylineName(int n) {
			if (this.zone != Zone.BODY || this.paragraphs > 1 || !BlogShapes.isName(this.lines.trimmed(n))) {
				return false;
			}
			int previous = previousNonBlank(n);
			int next = this.lines.nextNonBlank(n + 1);
			return (previous > 0 && "byline".equals(labelOf(previous))
					&& TitleRules.isDateAlone(this.lines.trimmed(previous)))
					|| (next > 0 && TitleRules.isDateAlone(this.lines.trimmed(next)));
		}

		/**
		 * The furniture a line of the body is by the site's words: a subscription prompt,
		 * a share or like row, a form's or a cookie notice, and a sentence between two
		 * lines of a subscription prompt ("Enter your email below..."); null for none.
		 */
		private String bodyFurniture(int n) {
			String label = bodyWord(this.lines.trimmed(n));
			if (label != null) {
				return label;
			}
			int previous = previousNonBlank(n);
			int next = this.lines.nextNonBlank(n + 1);
			boolean prompt = previous > 0 && SUBSCRIPTION.equals(labelOf(previous)) && next > 0
					&& SUBSCRIPTION.equals(bodyWord(this.lines.trimmed(next)));
			return prompt ? SUBSCRIPTION : null;
		}

		private String bodyWord(String trimmed) {
			FurnitureWords.Word word = this.page.words().word(trimmed);
			return (word != null && BODY_FURNITURE.contains(word.label())) ? word.label() : null;
		}

		private String labelOf(int n) {
			return this.ledger.isAssigned(n) ? this.ledger.use(n).label() : null;
		}

		private int previousNonBlank(int n) {
			int previous = n - 1;
			while (previous > 0 && this.lines.isBlank(previous)) {
				previous--;
			}
			return previous;
		}

		/** Adds line {@code n} to the list as an entry, or to the entry it carries on. */
		private void readEntry(int n) {
			WorksCited.read(this.entries, this.lines, this.ledger, n, () -> "w" + (++this.entryCount));
		}

		/**
		 * Whether line {@code n} is a subheading of the body: short and title-like, after
		 * a paragraph that does not announce a list (":"), and followed by a longer
		 * paragraph of prose. A line after three or more blank lines and directly above
		 * text is an image's caption; so is a short line right under a subheading, with
		 * the prose after a blank line. A line ending in "?" or "!" is a subheading only
		 * where more blank lines stand above it than under it.
		 */
		private boolean isSubheading(int n) {
			int previous = previousNonBlank(n);
			int next = this.lines.nextNonBlank(n + 1);
			if (this.passages.isEmpty() || previous != this.passages.get(this.passages.size() - 1).lastLine()
					|| next < 0 || this.ledger.isAssigned(next) || this.lines.trimmed(previous).endsWith(":")) {
				return false;
			}
			int above = n - previous - 1;
			int below = next - n - 1;
			if (above >= CAPTION_GAP && below == 0) {
				return false;
			}
			String trimmed = this.lines.trimmed(n);
			String following = this.lines.trimmed(next);
			int after = this.lines.nextNonBlank(next + 1);
			// A heading with the caption of the image under it, then the prose.
			boolean captioned = below == 0 && after > next + 1 && BlogShapes.isSubheading(following)
					&& !this.ledger.isAssigned(after);
			if (captioned) {
				following = this.lines.trimmed(after);
			}
			boolean shaped = BlogShapes.isSubheading(trimmed)
					|| (BlogShapes.isQuestionHeading(trimmed) && (above >= 2 || captioned) && above > below);
			return shaped && following.length() > trimmed.length() && BlogShapes.isProse(following)
					&& BlogShapes.furniture(following) == null && !WorksCited.isHeading(following)
					&& BlogShapes.commentsClaimed(following) == null;
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

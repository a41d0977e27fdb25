package org.thawcorpus.source.blog;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.source.FurnitureWords;
import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.OriginalText;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.text.TextFolding;

/**
 * Reads the comments under a blog post from the lines between the comments header and the
 * reply form.
 * <p>
 * A comment starts at a printed number ("1. Text" or "1. Anna says:"), at an author
 * header (see {@link CommentHeaders}: "Anna says:", "Anna sagt:", "Anna dit :", "Anna
 * said...", "Anna · March 10, 2017 at 12:20 AM", or a short name line, in capitals or
 * not, directly followed by a date line), or at a paragraph after a "Reply" link. A date
 * line under a header is the comment's date, and so is one at the comment's end where the
 * header printed none (Blogger's "Anna said..."); a date printed without its year takes
 * the first such year on or after the post's. A line that is a date is never a comment
 * number ("28. Juli 2019"). Paragraphs follow the comment they come after; only comments
 * with neither number nor author need another rule, so for them a gap of blank lines as
 * wide as the widest in the list (two or more lines where the copy has such gaps, else
 * one) separates comments, and narrower gaps separate paragraphs. The links under a
 * comment ("Reply", "Report", "REPLYDELETE", "Liked by 5 people") close it; once the last
 * signed comment is closed, lines dense with the site's furniture words are the page's
 * footer, not comments.
 * <p>
 * A pingback or trackback ("Pingback: Title | Site") is a comment whose author is the
 * linking page as printed; its excerpt ("[…] text […]") is its paragraph, and an excerpt
 * that starts a comment marks that comment a pingback too. A comment is a reply to an
 * earlier one where the copy says so: its first line is indented deeper than that
 * comment's, an "In reply to Name." line under its header names that comment's author, or
 * it stands in a Blogger thread: between a "Replies" line under that comment and the
 * thread's own "Reply" link. Otherwise threads leave no trace in a plain-text copy, and
 * replies are comments in page order.
 */
final class BlogComments {

	private static final Pattern NUMBERED = Pattern.compile("\\s*(\\d{1,4})[.)]\\s+(\\S.*)");

	private static final Pattern NAME_LINE = Pattern.compile("\\S.{0,59}[^.!?,;:]");

	private static final Pattern PINGBACK = Pattern.compile("(?i)(?:pingback|trackback)\\s*:\\s*(\\S.*)");

	private static final Pattern EXCERPT = Pattern.compile("\\[\\s*(?:…|\\.\\.\\.)\\s*\\].*");

	/** The site's furniture words that stand among comments. */
	private static final Set<String> COMMENTS_FURNITURE = Set.of("sign-in prompt", "reply form field", "share buttons",
			"subscription prompt", "comment form", "comment links", "form button", "loading notice");

	private static final Pattern ADD_COMMENT = Pattern
		.compile("(?iu)add comment|kommentar hinzufügen|ajouter un commentaire");

	private static final Pattern REPLY_AND_DELETE = Pattern
		.compile("(?iu)(?:reply|antworten|répondre)\\s*(?:delete|löschen|supprimer)");

	/** The fewest furniture lines that make a comments toolbar. */
	private static final int TOOLBAR_WORDS = 3;

	/** The longest label of a comments toolbar. */
	private static final int TOOLBAR_ITEM_LENGTH = 40;

	private static final Pattern IN_REPLY_TO = Pattern.compile("(?i)in reply to\\s+(\\S.{0,59}?)\\.?");

	private final SourceLines lines;

	private final LineLedger ledger;

	private final List<SourceNote> notes;

	private final List<Draft> drafts = new ArrayList<>();

	/** The comments a new comment may reply to: each deeper than the one before. */
	private final Deque<Draft> indented = new ArrayDeque<>();

	private Draft current;

	/**
	 * Whether the line before was a comment's "Reply" and "Delete" links, under which a
	 * reply word is the toggle of its thread (German Blogger's "Antworten" is both).
	 */
	private boolean afterReplyAndDelete;

	/** The comment whose Blogger thread of replies is being read, or null. */
	private Draft thread;

	private final LocalDate postDate;

	private BlogComments(SourceLines lines, LineLedger ledger, List<SourceNote> notes, LocalDate postDate) {
		this.lines = lines;
		this.ledger = ledger;
		this.notes = notes;
		this.postDate = postDate;
	}

	/** Whether a line opens a pingback or trackback ("Pingback: Title | Site"). */
	static boolean isPingback(String trimmed) {
		return PINGBACK.matcher(trimmed).matches();
	}

	/**
	 * Reads the comments on the given lines and records each line's use in the ledger.
	 * @param notes where notes on the comments are added
	 * @param zone the non-blank lines between the comments header and the reply form, in
	 * order
	 * @param postDate the post's date, for comment dates printed without a year; or null
	 */
	static List<ParsedComment> read(SourceLines lines, LineLedger ledger, List<SourceNote> notes, List<Integer> zone,
			LocalDate postDate) {
		BlogComments trial = new BlogComments(lines, new LineLedger(lines), new ArrayList<>(), postDate);
		trial.readAll(zone);
		int head = trial.toolbarEnd(zone);
		int footer = Math.max(head, trial.footerStart(zone));
		for (int n : zone.subList(0, head)) {
			String label = furnitureLabel(lines.trimmed(n));
			ledger.assign(n, LineRole.FURNITURE, (label != null) ? label : "comments toolbar", null);
		}
		for (int n : zone.subList(footer, zone.size())) {
			FurnitureWords.Word word = BlogPostParser.WORDS.word(lines.trimmed(n));
			ledger.assign(n, LineRole.FURNITURE, (word != null) ? word.label() : "page footer", null);
		}
		BlogComments reader = new BlogComments(lines, ledger, notes, postDate);
		reader.readAll(zone.subList(head, footer));
		return reader.drafts.stream().map(Draft::toComment).toList();
	}

	/**
	 * The furniture a line among the comments is: a blog engine's link or button, or a
	 * site's sign-in, share or form word ("Login", "Name"); null for none.
	 */
	private static String furnitureLabel(String trimmed) {
		String furniture = BlogShapes.furniture(trimmed);
		if (furniture != null) {
			return furniture;
		}
		FurnitureWords.Word word = BlogPostParser.WORDS.word(trimmed);
		return (word != null && COMMENTS_FURNITURE.contains(word.label())) ? word.label() : null;
	}

	/**
	 * Where the comments' toolbar ends (an index of the zone, 0 for none): the lines
	 * above the first signed comment, when they are short labels held together by
	 * furniture (Disqus's forum name among "Login", "Recommend", "Sort by Best").
	 */
	private int toolbarEnd(List<Integer> zone) {
		Draft first = this.drafts.stream().filter((draft) -> !draft.isBare()).findFirst().orElse(null);
		if (first == null) {
			return 0;
		}
		int end = zone.indexOf(first.firstLine);
		int known = 0;
		for (int n : zone.subList(0, end)) {
			String trimmed = this.lines.trimmed(n);
			if (this.ledger.use(n).role() == LineRole.FURNITURE) {
				known++;
			}
			else if (trimmed.length() > TOOLBAR_ITEM_LENGTH || BlogShapes.isProse(trimmed)) {
				return 0;
			}
		}
		return (known >= TOOLBAR_WORDS && known * 2 >= end - known) ? end : 0;
	}

	private void readAll(List<Integer> zone) {
		int gap = separatorGap(zone);
		for (int i = 0; i < zone.size(); i++) {
			int blanksBefore = (i == 0) ? Integer.MAX_VALUE : zone.get(i) - zone.get(i - 1) - 1;
			boolean dateFollows = i + 1 < zone.size() && CommentHeaders.isDateLine(this.lines.trimmed(zone.get(i + 1)));
			readLine(zone.get(i), blanksBefore >= gap, dateFollows);
		}
	}

	/**
	 * Where the page's footer starts among the zone's lines (its index; the zone's size
	 * for none): after the links that close the last signed comment, a run of lines
	 * holding enough of the site's furniture words ("Features", "Privacy") that starts no
	 * comment of its own shape.
	 */
	private int footerStart(List<Integer> zone) {
		int lastSigned = -1;
		for (int i = 0; i < this.drafts.size(); i++) {
			lastSigned = this.drafts.get(i).isBare() ? lastSigned : i;
		}
		if (lastSigned < 0 || lastSigned == this.drafts.size() - 1) {
			return zone.size();
		}
		int start = zone.indexOf(this.drafts.get(lastSigned + 1).firstLine);
		int known = 0;
		for (int n : zone.subList(start, zone.size())) {
			known += (BlogPostParser.WORDS.word(this.lines.trimmed(n)) != null) ? 1 : 0;
		}
		int unknown = zone.size() - start - known;
		return (known >= 2 && known * 2 >= unknown) ? start : zone.size();
	}

	private static int separatorGap(List<Integer> zone) {
		for (int i = 1; i < zone.size(); i++) {
			if (zone.get(i) - zone.get(i - 1) - 1 >= 2) {
				return 2;
			}
		}
		return 1;
	}

	/**
	 * Whether a printed number can be the next comment's: the first number met, or the
	 * one after the last comment's, so that "28." in a comment's text starts none.
	 */
	private boolean inSequence(int number) {
		for (int i = this.drafts.size() - 1; i >= 0; i--) {
			Integer last = this.drafts.get(i).number;
			if (last != null) {
				return number == last + 1;
			}
		}
		return true;
	}

	private void readLine(int n, boolean wideGap, boolean dateFollows) {
		String trimmed = this.lines.trimmed(n);
		String furniture = furnitureLabel(trimmed);
		if (furniture != null) {
			links(n, furniture);
			return;
		}
		this.afterReplyAndDelete = false;
		boolean dateLine = CommentHeaders.isDateLine(trimmed);
		CommentHeaders.Header header = CommentHeaders.read(trimmed);
		Matcher numbered = NUMBERED.matcher(this.lines.folded(n));
		if (numbered.matches() && !dateLine && inSequence(Integer.parseInt(numbered.group(1)))
				&& !BlogDates.startsWithDayAndMonth(trimmed)) {
			start(n, true).number = Integer.valueOf(numbered.group(1));
			int rest = numbered.start(2);
			String restText = this.lines.folded(n).substring(rest).strip();
			if (CommentHeaders.read(restText) != null) {
				header(n, rest, CommentHeaders.read(restText), "comment number and author");
			}
			else if (isPingback(restText)) {
				pingback(n, rest, "comment number and pingback");
			}
			else {
				paragraph(n, rest, "comment number");
			}
		}
		else if (isPingback(trimmed)) {
			if (this.current == null || !this.current.awaitsAuthor()) {
				start(n, true);
			}
			pingback(n, 0, "pingback");
		}
		else if (IN_REPLY_TO.matcher(trimmed).matches() && this.current != null && this.current.author != null
				&& this.current.paragraphs.isEmpty() && this.current.replyTo == null) {
			Matcher replyTo = IN_REPLY_TO.matcher(trimmed);
			replyTo.matches();
			replyTo(n, replyTo);
		}
		else if (dateLine && this.current != null && this.current.awaitsDate()) {
			this.current.date = date(trimmed);
			assign(n, "comment date", this.current.anchor);
		}
		else if (header != null || (dateFollows && !dateLine && NAME_LINE.matcher(trimmed).matches()
				&& (this.current == null || !this.current.awaitsDateBelow()))) {
			if (this.current == null || !this.current.awaitsAuthor()) {
				start(n, true);
			}
			header(n, 0, header, "comment author");
		}
		else if (EXCERPT.matcher(trimmed).matches() && this.current != null && this.current.pingback
				&& !this.current.closed) {
			paragraph(n, 0, "pingback excerpt");
		}
		else {
			if (this.current == null || this.current.closed || (this.current.isBare() && wideGap)) {
				start(n, false).pingback = EXCERPT.matcher(trimmed).matches();
			}
			paragraph(n, 0, this.current.pingback ? "pingback excerpt" : null);
		}
	}

	/**
	 * Reads the links under a comment, which close it; a "Replies" line opens the
	 * comment's Blogger thread, which the thread's own "Reply" link (or "Add comment")
	 * closes.
	 */
	private void links(int n, String furniture) {
		this.ledger.assign(n, LineRole.FURNITURE, furniture, (this.current != null) ? this.current.anchor : null);
		if (this.current == null) {
			return;
		}
		this.current.closed = true;
		boolean toggle = "replies toggle".equals(furniture)
				|| ("reply link".equals(furniture) && this.afterReplyAndDelete);
		this.afterReplyAndDelete = "comment links".equals(furniture)
				&& REPLY_AND_DELETE.matcher(this.lines.trimmed(n)).matches();
		if (toggle) {
			this.thread = this.current;
		}
		else if (this.thread != null && this.thread != this.current
				&& ("reply link".equals(furniture) || ADD_COMMENT.matcher(this.lines.trimmed(n)).matches())) {
			this.thread = null;
		}
	}

	/** The date of a date line; a date without its year dated by the post's. */
	private LocalDate date(String printed) {
		return BlogDates.printed(printed, this.postDate);
	}

	/**
	 * Reads a pingback's header from {@code from} in line {@code n}: the linking page.
	 */
	private void pingback(int n, int from, String label) {
		String folded = this.lines.folded(n);
		String rest = folded.substring(from);
		Matcher m = PINGBACK.matcher(rest.strip());
		m.matches();
		int lead = from + (rest.length() - rest.stripLeading().length()) + m.start(1);
		this.current.pingback = true;
		this.current.author = OriginalText.strip(this.lines.line(n).substring(lead), folded.substring(lead));
		assign(n, label, this.current.anchor);
	}

	/**
	 * Reads an "In reply to Name." line: the comment replies to Name's latest comment.
	 */
	private void replyTo(int n, Matcher line) {
		String name = TextFolding.matchKey(line.group(1));
		Draft parent = null;
		for (int i = this.drafts.size() - 2; i >= 0 && parent == null; i--) {
			Draft earlier = this.drafts.get(i);
			parent = (earlier.author != null && TextFolding.matchKey(earlier.author).equals(name)) ? earlier : null;
		}
		if (parent != null) {
			this.current.replyTo = parent.anchor;
		}
		else {
			this.notes.add(new SourceNote(n, NoteKind.OTHER, "Comment " + this.current.anchor + " replies to "
					+ line.group(1).strip() + ", whose comment is not in this copy before it."));
		}
		assign(n, "in reply to", this.current.anchor);
	}

	/**
	 * Starts a comment at line {@code n}. A comment that starts with a number or a header
	 * replies to the latest comment indented less; one that starts with a bare paragraph,
	 * whose indent may be its paragraphs', replies to none.
	 */
	private Draft start(int n, boolean headed) {
		this.current = new Draft("c" + (this.drafts.size() + 1), n, indent(this.lines.folded(n)));
		while (!this.indented.isEmpty() && (!headed || this.indented.peek().indent >= this.current.indent)) {
			this.indented.pop();
		}
		this.current.replyTo = this.indented.isEmpty() ? null : this.indented.peek().anchor;
		if (this.thread != null) {
			this.current.replyTo = this.thread.anchor;
		}
		this.indented.push(this.current);
		this.drafts.add(this.current);
		return this.current;
	}

	private static int indent(String folded) {
		return folded.length() - folded.stripLeading().length();
	}

	/**
	 * Reads an author header starting at {@code from} in line {@code n}: the header read,
	 * or null for a name line alone (its date on the next line).
	 */
	private void header(int n, int from, CommentHeaders.Header header, String label) {
		String folded = this.lines.folded(n).substring(from).strip();
		int lead = this.lines.folded(n).indexOf(folded, from);
		String name = (header != null) ? header.name() : folded;
		int start = lead + Math.max(0, folded.indexOf(name));
		this.current.author = this.lines.line(n).substring(start, start + name.length()).strip();
		if (header != null && header.date() != null) {
			this.current.date = date(header.date());
		}
		this.current.dateBelow = header != null && header.dateBelow();
		assign(n, label, this.current.anchor);
	}

	/** Adds the text of line {@code n} from {@code from} on as a paragraph. */
	private void paragraph(int n, int from, String label) {
		String anchor = this.current.anchor + "-" + (this.current.paragraphs.size() + 1);
		String text = OriginalText.strip(this.lines.line(n).substring(from), this.lines.folded(n).substring(from));
		this.current.paragraphs.add(new ParsedPassage(anchor, text, n, n));
		assign(n, label, anchor);
	}

	private void assign(int n, String label, String anchor) {
		this.ledger.assign(n, LineRole.COMMENT, label, anchor);
		this.current.lastLine = n;
	}

	/** A comment being read. */
	private static final class Draft {

		final String anchor;

		final int firstLine;

		final List<ParsedPassage> paragraphs = new ArrayList<>();

		final int indent;

		Integer number;

		String replyTo;

		boolean pingback;

		String author;

		LocalDate date;

		/** Whether the header's form prints the date under the comment's text. */
		boolean dateBelow;

		int lastLine;

		boolean closed;

		Draft(String anchor, int firstLine, int indent) {
			this.anchor = anchor;
			this.firstLine = firstLine;
			this.lastLine = firstLine;
			this.indent = indent;
		}

		/** Numbered, nameless and still empty: the next header names its author. */
		boolean awaitsAuthor() {
			return this.number != null && this.author == null && this.paragraphs.isEmpty();
		}

		boolean awaitsDate() {
			return this.author != null && this.date == null && (this.paragraphs.isEmpty() || this.dateBelow);
		}

		/** Signed "Anna said...", its date still to come under its text. */
		boolean awaitsDateBelow() {
			return this.dateBelow && this.date == null;
		}

		/** Neither numbered nor signed, so only blank lines can tell where it ends. */
		boolean isBare() {
			return this.number == null && this.author == null;
		}

		ParsedComment toComment() {
			return new ParsedComment(this.anchor, this.number, this.author, this.date, this.firstLine, this.lastLine,
					this.paragraphs, this.replyTo, this.pingback);
		}

	}

}

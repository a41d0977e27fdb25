package org.thawcorpus.source.blog;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.OriginalText;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.Values;
import org.thawcorpus.text.TextFolding;

/**
 * Reads the comments under a blog post from the lines between the comments header and the
 * reply form.
 * <p>
 * A comment starts at a printed number ("1. Text" or "1. Anna says:"), at an author
 * header ("Anna says:", "Anna on April 5, 2017 at 10:20 pm said:", or a short name line
 * directly followed by a date line), or at a paragraph after a "Reply" link. A date line
 * right after a header is the comment's date. Paragraphs follow the comment they come
 * after; only comments with neither number nor author need another rule, so for them a
 * gap of blank lines as wide as the widest in the list (two or more lines where the copy
 * has such gaps, else one) separates comments, and narrower gaps separate paragraphs.
 * <p>
 * A pingback or trackback ("Pingback: Title | Site") is a comment whose author is the
 * linking page as printed; its excerpt ("[…] text […]") is its paragraph, and an excerpt
 * that starts a comment marks that comment a pingback too. A comment is a reply to an
 * earlier one where the copy says so: its first line is indented deeper than that
 * comment's, or an "In reply to Name." line under its header names that comment's author.
 * Otherwise threads leave no trace in a plain-text copy, and replies are comments in page
 * order.
 */
final class BlogComments {

	private static final String TIME = "\\d{1,2}[:.]\\d{2}(?:\\s*[aApP]\\.?[mM]\\.?)?";

	private static final Pattern NUMBERED = Pattern.compile("\\s*(\\d{1,4})[.)]\\s+(\\S.*)");

	private static final Pattern SAYS = Pattern.compile("(\\S.{0,60}?)\\s+says:");

	private static final Pattern SAID_ON = Pattern
		.compile("(\\S.{0,60}?) on (" + Values.DATE + ")(?:,? at " + TIME + ")? said:");

	private static final Pattern DATE_LINE = Pattern.compile("(" + Values.DATE + ")(?:,? (?:at|-) " + TIME + ")?");

	private static final Pattern NAME_LINE = Pattern.compile("\\S.{0,59}[^.!?,;:]");

	private static final Pattern PINGBACK = Pattern.compile("(?i)(?:pingback|trackback)\\s*:\\s*(\\S.*)");

	private static final Pattern EXCERPT = Pattern.compile("\\[\\s*(?:…|\\.\\.\\.)\\s*\\].*");

	private static final Pattern IN_REPLY_TO = Pattern.compile("(?i)in reply to\\s+(\\S.{0,59}?)\\.?");

	private final SourceLines lines;

	private final LineLedger ledger;

	private final List<SourceNote> notes;

	private final List<Draft> drafts = new ArrayList<>();

	/** The comments a new comment may reply to: each deeper than the one before. */
	private final Deque<Draft> thread = new ArrayDeque<>();

	private Draft current;

	private BlogComments(SourceLines lines, LineLedger ledger, List<SourceNote> notes) {
		this.lines = lines;
		this.ledger = ledger;
		this.notes = notes;
	}

	/** Whether a line is an author header that opens a comment ("Anna says:"). */
	static boolean isAuthorHeader(String trimmed) {
		return SAYS.matcher(trimmed).matches() || SAID_ON.matcher(trimmed).matches();
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
	 */
	static List<ParsedComment> read(SourceLines lines, LineLedger ledger, List<SourceNote> notes, List<Integer> zone) {
		BlogComments reader = new BlogComments(lines, ledger, notes);
		int gap = separatorGap(zone);
		for (int i = 0; i < zone.size(); i++) {
			int blanksBefore = (i == 0) ? Integer.MAX_VALUE : zone.get(i) - zone.get(i - 1) - 1;
			boolean dateFollows = i + 1 < zone.size() && DATE_LINE.matcher(lines.trimmed(zone.get(i + 1))).matches();
			reader.readLine(zone.get(i), blanksBefore >= gap, dateFollows);
		}
		return reader.drafts.stream().map(Draft::toComment).toList();
	}

	private static int separatorGap(List<Integer> zone) {
		for (int i = 1; i < zone.size(); i++) {
			if (zone.get(i) - zone.get(i - 1) - 1 >= 2) {
				return 2;
			}
		}
		return 1;
	}

	private void readLine(int n, boolean wideGap, boolean dateFollows) {
		String trimmed = this.lines.trimmed(n);
		String furniture = BlogShapes.furniture(trimmed);
		if (furniture != null) {
			this.ledger.assign(n, LineRole.FURNITURE, furniture, (this.current != null) ? this.current.anchor : null);
			if (this.current != null) {
				this.current.closed = true;
			}
			return;
		}
		Matcher numbered = NUMBERED.matcher(this.lines.folded(n));
		if (numbered.matches()) {
			start(n, true).number = Integer.valueOf(numbered.group(1));
			int rest = numbered.start(2);
			String restText = this.lines.folded(n).substring(rest).strip();
			if (isAuthorHeader(restText)) {
				header(n, rest, "comment number and author");
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
		else if (isAuthorHeader(trimmed) || (dateFollows && NAME_LINE.matcher(trimmed).matches())) {
			if (this.current == null || !this.current.awaitsAuthor()) {
				start(n, true);
			}
			header(n, 0, "comment author");
		}
		else if (DATE_LINE.matcher(trimmed).matches() && this.current != null && this.current.awaitsDate()) {
			Matcher date = DATE_LINE.matcher(trimmed);
			date.matches();
			this.current.date = Values.date(date.group(1));
			assign(n, "comment date", this.current.anchor);
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
		while (!this.thread.isEmpty() && (!headed || this.thread.peek().indent >= this.current.indent)) {
			this.thread.pop();
		}
		this.current.replyTo = this.thread.isEmpty() ? null : this.thread.peek().anchor;
		this.thread.push(this.current);
		this.drafts.add(this.current);
		return this.current;
	}

	private static int indent(String folded) {
		return folded.length() - folded.stripLeading().length();
	}

	/** Reads an author header starting at {@code from} in line {@code n}. */
	private void header(int n, int from, String label) {
		String folded = this.lines.folded(n).substring(from).strip();
		Matcher saidOn = SAID_ON.matcher(folded);
		Matcher says = SAYS.matcher(folded);
		int lead = this.lines.folded(n).indexOf(folded, from);
		int nameEnd = folded.length();
		if (saidOn.matches()) {
			nameEnd = saidOn.end(1);
			this.current.date = Values.date(saidOn.group(2));
		}
		else if (says.matches()) {
			nameEnd = says.end(1);
		}
		this.current.author = this.lines.line(n).substring(lead, lead + nameEnd).strip();
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
			return this.author != null && this.date == null && this.paragraphs.isEmpty();
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

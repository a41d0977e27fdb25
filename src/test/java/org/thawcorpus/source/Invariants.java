package org.thawcorpus.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;

import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.source.blog.ParsedComment;
import org.thawcorpus.source.blog.ParsedComments;
import org.thawcorpus.source.book.ParsedReview;
import org.thawcorpus.source.book.ParsedReviews;
import org.thawcorpus.text.TextFolding;

/**
 * The rules every parse of every source keeps, whatever the parser and whatever the text.
 * <ol>
 * <li>One use per line, in line order; a line's use is {@link LineRole#BLANK} exactly
 * when the line is blank.</li>
 * <li>A passage of the body, of a works-cited list or of a review is the original lines
 * it claims, {@code firstLine} to {@code lastLine}, joined by "\n", unaltered.</li>
 * <li>A comment's paragraph is one line: the original line without the white space at its
 * ends (white space as {@link TextFolding} folds it: non-breaking spaces included); on
 * the comment's first line of a numbered comment, the text after the printed number and
 * its "." or ")" and spaces.</li>
 * <li>Every non-blank line a passage claims is used by that passage (its anchor), with
 * the role of its kind: PASSAGE, CITATION, REVIEW or COMMENT.</li>
 * <li>A citation's raw text is the passage's text between its offsets.</li>
 * <li>Anchors of passages, reviews and comments are unique in the document, and every
 * anchor a line's use names is one of them.</li>
 * <li>Passages, reviews and comments, and the passages of each review and comment, lie
 * within the file, in line order without overlapping; a review's or comment's paragraphs
 * lie within its lines; a section's heading comes before its passages.</li>
 * <li>Notes name lines within the file, in line order (notes on the whole file
 * first).</li>
 * </ol>
 */
final class Invariants {

	private static final Pattern NUMBER = Pattern.compile("(\\d{1,4})[.)]\\s+");

	private Invariants() {
	}

	/** Asserts every rule, reporting all broken ones at once. */
	static void check(SourceLines lines, ParsedDocument document, String what) {
		SoftAssertions softly = new SoftAssertions();
		checkUses(softly, lines, document, what);
		Set<String> anchors = new HashSet<>();
		List<int[]> spans = new ArrayList<>();
		for (ParsedSection section : document.sections()) {
			LineRole role = (section.role() == SectionRole.WORKS_CITED) ? LineRole.CITATION : LineRole.PASSAGE;
			Integer heading = section.headingLine();
			if (heading != null) {
				softly.assertThat(heading).as("%s: heading line", what).isBetween(1, lines.count());
				section.passages()
					.forEach((p) -> softly.assertThat(p.firstLine())
						.as("%s: %s after its heading", what, p.anchor())
						.isGreaterThan(heading));
			}
			for (ParsedPassage passage : section.passages()) {
				checkJoined(softly, lines, document, passage, role, what);
				anchors.add(unique(softly, anchors, passage.anchor(), what));
				spans.add(new int[] { passage.firstLine(), passage.lastLine() });
			}
		}
		checkOrder(softly, spans, what + " body passages");
		List<int[]> reviews = new ArrayList<>();
		for (ParsedReview review : reviews(document)) {
			anchors.add(unique(softly, anchors, review.anchor(), what));
			reviews.add(new int[] { review.firstLine(), review.lastLine() });
			List<int[]> paragraphs = new ArrayList<>();
			for (ParsedPassage paragraph : review.paragraphs()) {
				checkJoined(softly, lines, document, paragraph, LineRole.REVIEW, what);
				anchors.add(unique(softly, anchors, paragraph.anchor(), what));
				paragraphs.add(new int[] { paragraph.firstLine(), paragraph.lastLine() });
				checkWithin(softly, paragraph, review.firstLine(), review.lastLine(), what);
			}
			checkOrder(softly, paragraphs, what + " " + review.anchor());
		}
		checkWithinFile(softly, reviews, lines, what + " reviews");
		checkOrder(softly, reviews, what + " reviews");
		List<int[]> comments = new ArrayList<>();
		for (ParsedComment comment : comments(document)) {
			anchors.add(unique(softly, anchors, comment.anchor(), what));
			comments.add(new int[] { comment.firstLine(), comment.lastLine() });
			List<int[]> paragraphs = new ArrayList<>();
			for (ParsedPassage paragraph : comment.paragraphs()) {
				checkCommentParagraph(softly, lines, document, comment, paragraph, what);
				anchors.add(unique(softly, anchors, paragraph.anchor(), what));
				paragraphs.add(new int[] { paragraph.firstLine(), paragraph.lastLine() });
				checkWithin(softly, paragraph, comment.firstLine(), comment.lastLine(), what);
			}
			checkOrder(softly, paragraphs, what + " " + comment.anchor());
			if (comment.replyTo() != null) {
				softly.assertThat(comments(document).stream().map(ParsedComment::anchor).toList())
					.as("%s: %s replies to an earlier comment", what, comment.anchor())
					.contains(comment.replyTo());
			}
		}
		checkWithinFile(softly, comments, lines, what + " comments");
		checkOrder(softly, comments, what + " comments");
		for (LineUse use : document.lines()) {
			// A set's own look-up: the assertion's would walk the set for every line.
			if (use.anchor() != null && !anchors.contains(use.anchor())) {
				softly.fail("%s: anchor of line %d, %s, is no passage's, review's or comment's", what, use.line(),
						use.anchor());
			}
		}
		for (SourceNote note : document.notes()) {
			if (note.line() != null) {
				softly.assertThat(note.line()).as("%s: line of note %s", what, note).isBetween(1, lines.count());
			}
		}
		softly.assertThat(document.notes())
			.as("%s: notes in line order", what)
			.isSortedAccordingTo(
					Comparator.comparing(SourceNote::line, Comparator.nullsFirst(Comparator.naturalOrder())));
		softly.assertAll();
	}

	private static void checkUses(SoftAssertions softly, SourceLines lines, ParsedDocument document, String what) {
		softly.assertThat(document.lines()).as("%s: one use per line", what).hasSize(lines.count());
		for (int i = 0; i < document.lines().size(); i++) {
			LineUse use = document.lines().get(i);
			softly.assertThat(use.line()).as("%s: use %d in order", what, i + 1).isEqualTo(i + 1);
			if (use.line() >= 1 && use.line() <= lines.count()) {
				softly.assertThat(use.role() == LineRole.BLANK)
					.as("%s: line %d is BLANK exactly when blank", what, use.line())
					.isEqualTo(lines.isBlank(use.line()));
			}
		}
	}

	private static String unique(SoftAssertions softly, Set<String> anchors, String anchor, String what) {
		if (anchors.contains(anchor)) {
			softly.fail("%s: anchor %s is not unique", what, anchor);
		}
		return anchor;
	}

	private static void checkJoined(SoftAssertions softly, SourceLines lines, ParsedDocument document,
			ParsedPassage passage, LineRole role, String what) {
		if (!checkSpan(softly, lines, passage, what)) {
			return;
		}
		String joined = String.join("\n", lines.all().subList(passage.firstLine() - 1, passage.lastLine()));
		softly.assertThat(passage.text()).as("%s: text of %s", what, passage.anchor()).isEqualTo(joined);
		checkClaimedLines(softly, lines, document, passage, role, what);
		checkCitations(softly, passage, what);
	}

	private static void checkCommentParagraph(SoftAssertions softly, SourceLines lines, ParsedDocument document,
			ParsedComment comment, ParsedPassage paragraph, String what) {
		if (!checkSpan(softly, lines, paragraph, what)) {
			return;
		}
		softly.assertThat(paragraph.lastLine())
			.as("%s: %s is one line", what, paragraph.anchor())
			.isEqualTo(paragraph.firstLine());
		String line = strip(lines.line(paragraph.firstLine()));
		String expected = line;
		Matcher number = NUMBER.matcher(TextFolding.fold(line));
		if (comment.number() != null && paragraph.firstLine() == comment.firstLine() && number.lookingAt()
				&& Integer.valueOf(number.group(1)).equals(comment.number())) {
			expected = line.substring(number.end());
		}
		softly.assertThat(paragraph.text()).as("%s: text of %s", what, paragraph.anchor()).isEqualTo(expected);
		checkClaimedLines(softly, lines, document, paragraph, LineRole.COMMENT, what);
		checkCitations(softly, paragraph, what);
	}

	private static boolean checkSpan(SoftAssertions softly, SourceLines lines, ParsedPassage passage, String what) {
		boolean inFile = passage.firstLine() >= 1 && passage.firstLine() <= passage.lastLine()
				&& passage.lastLine() <= lines.count();
		softly.assertThat(inFile)
			.as("%s: %s lines %d-%d within the file of %d", what, passage.anchor(), passage.firstLine(),
					passage.lastLine(), lines.count())
			.isTrue();
		return inFile;
	}

	private static void checkClaimedLines(SoftAssertions softly, SourceLines lines, ParsedDocument document,
			ParsedPassage passage, LineRole role, String what) {
		for (int n = passage.firstLine(); n <= passage.lastLine(); n++) {
			if (!lines.isBlank(n)) {
				LineUse use = document.lines().get(n - 1);
				softly.assertThat(use.anchor())
					.as("%s: line %d used by %s", what, n, passage.anchor())
					.isEqualTo(passage.anchor());
				softly.assertThat(use.role()).as("%s: role of line %d", what, n).isEqualTo(role);
			}
		}
	}

	private static void checkCitations(SoftAssertions softly, ParsedPassage passage, String what) {
		for (FoundCitation citation : passage.citations()) {
			boolean inText = citation.start() >= 0 && citation.start() <= citation.end()
					&& citation.end() <= passage.text().length();
			softly.assertThat(inText).as("%s: citation offsets within %s", what, passage.anchor()).isTrue();
			if (inText) {
				softly.assertThat(citation.raw())
					.as("%s: citation raw text of %s", what, passage.anchor())
					.isEqualTo(passage.text().substring(citation.start(), citation.end()));
			}
		}
	}

	private static void checkWithin(SoftAssertions softly, ParsedPassage paragraph, int first, int last, String what) {
		softly.assertThat(paragraph.firstLine() >= first && paragraph.lastLine() <= last)
			.as("%s: %s within lines %d-%d", what, paragraph.anchor(), first, last)
			.isTrue();
	}

	private static void checkWithinFile(SoftAssertions softly, List<int[]> spans, SourceLines lines, String what) {
		for (int[] span : spans) {
			softly.assertThat(span[0] >= 1 && span[0] <= span[1] && span[1] <= lines.count())
				.as("%s: lines %d-%d within the file", what, span[0], span[1])
				.isTrue();
		}
	}

	private static void checkOrder(SoftAssertions softly, List<int[]> spans, String what) {
		for (int i = 1; i < spans.size(); i++) {
			softly.assertThat(spans.get(i)[0])
				.as("%s: item %d starts after item %d ends", what, i + 1, i)
				.isGreaterThan(spans.get(i - 1)[1]);
		}
	}

	/** The text without the white space at its ends, as folding sees white space. */
	static String strip(String original) {
		String folded = TextFolding.fold(original);
		int from = 0;
		int to = folded.length();
		while (from < to && Character.isWhitespace(folded.charAt(from))) {
			from++;
		}
		while (to > from && Character.isWhitespace(folded.charAt(to - 1))) {
			to--;
		}
		return original.substring(from, to);
	}

	private static List<ParsedReview> reviews(ParsedDocument document) {
		return document.parts()
			.stream()
			.filter(ParsedReviews.class::isInstance)
			.flatMap((part) -> ((ParsedReviews) part).reviews().stream())
			.toList();
	}

	private static List<ParsedComment> comments(ParsedDocument document) {
		return document.parts()
			.stream()
			.filter(ParsedComments.class::isInstance)
			.flatMap((part) -> ((ParsedComments) part).comments().stream())
			.toList();
	}

}

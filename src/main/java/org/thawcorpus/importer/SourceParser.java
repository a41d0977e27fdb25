package org.thawcorpus.importer;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPart;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SourceKinds;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.blog.ParsedComment;
import org.thawcorpus.source.blog.ParsedComments;
import org.thawcorpus.source.book.ParsedReview;
import org.thawcorpus.source.book.ParsedReviews;
import org.thawcorpus.source.html.HtmlKinds;
import org.thawcorpus.source.html.HtmlPage;
import org.thawcorpus.source.html.TextBlock;

/**
 * Reads a source file's text into a parsed document, by its kind, and refuses, before
 * anything is written, a paragraph longer than a passage can hold (any other value too
 * long for its column is refused as it is written, by {@link ColumnLimits}).
 */
@Component
class SourceParser {

	private final ColumnLimits limits;

	SourceParser(ColumnLimits limits) {
		this.limits = limits;
	}

	/**
	 * A source read.
	 *
	 * @param lines its lines (a saved page's text blocks)
	 * @param parsed what its kind's reader made of them
	 */
	record Parsed(SourceLines lines, ParsedDocument parsed) {

	}

	Parsed parse(SourceText source) throws SourceFileException {
		SourceLines lines;
		ParsedDocument parsed;
		if (source.page()) {
			HtmlPage page = HtmlPage.parse(source.text());
			checkBlocks(page);
			lines = page.lines();
			parsed = HtmlKinds.parse(page);
		}
		else {
			lines = SourceLines.of(source.text());
			parsed = SourceKinds.parse(lines);
		}
		checkPassages(lines, parsed);
		return new Parsed(lines, parsed);
	}

	/** Refuses a paragraph too long to store as one passage, naming its lines. */
	private void checkPassages(SourceLines lines, ParsedDocument parsed) throws SourceFileException {
		int max = this.limits.length("passages", "text");
		for (ParsedPassage passage : passages(parsed)) {
			if (max > 0 && passage.text().length() > max) {
				int first = fileLine(lines, passage.firstLine());
				int last = fileLine(lines, passage.lastLine());
				String where = (first == last) ? "on line " + first : "on lines " + first + "–" + last;
				throw new SourceFileException(
						String.format(
								"The paragraph %s is %,d characters long, over the %,d a passage can hold; "
										+ "put blank lines between its paragraphs.",
								where, passage.text().length(), max),
						first);
			}
		}
	}

	private static List<ParsedPassage> passages(ParsedDocument parsed) {
		List<ParsedPassage> passages = new ArrayList<>();
		for (ParsedSection section : parsed.sections()) {
			passages.addAll(section.passages());
		}
		for (ParsedPart part : parsed.parts()) {
			if (part instanceof ParsedReviews reviews) {
				for (ParsedReview review : reviews.reviews()) {
					passages.addAll(review.paragraphs());
				}
			}
			else if (part instanceof ParsedComments comments) {
				for (ParsedComment comment : comments.comments()) {
					passages.addAll(comment.paragraphs());
				}
			}
		}
		return passages;
	}

	/** The line of the file a line (a saved page's block) starts on. */
	static int fileLine(SourceLines lines, int line) {
		return lines.isBlocks() ? lines.origin(line).sourceLine() : line;
	}

	/** Refuses a page with a text block too long to store, naming the block's line. */
	private static void checkBlocks(HtmlPage page) throws SourceFileException {
		for (TextBlock block : page.blocks()) {
			if (block.text().length() > SourceFileReader.MAX_LINE_LENGTH) {
				throw new SourceFileException("The text block starting on line " + block.sourceLine() + " ("
						+ block.path() + ") is " + block.text().length() + " characters long, over the limit of "
						+ SourceFileReader.MAX_LINE_LENGTH + ".", block.sourceLine());
			}
		}
	}

}

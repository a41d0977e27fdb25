package org.thawcorpus.source.book;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.thawcorpus.bibliography.CitationFinder;
import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.SourceLines;

/**
 * Reads the "About the author" part of a book page: the author's portrait as copied
 * ("Profile Image for ..."), stats lines (glued or one per count), the name, which is the
 * first other line, and the biography, which is every line after the name.
 */
final class BookAuthorReader {

	private static final Pattern HEADING = Pattern.compile("(?i)about +the +author");

	private final SourceLines lines;

	private final LineLedger ledger;

	private final List<ParsedPassage> biography = new ArrayList<>();

	private ReviewerStats stats = ReviewerStats.NONE;

	private String name;

	private int heading = -1;

	BookAuthorReader(SourceLines lines, LineLedger ledger) {
		this.lines = lines;
		this.ledger = ledger;
	}

	static boolean isHeading(String trimmed) {
		return HEADING.matcher(trimmed).matches();
	}

	/**
	 * Takes the line as the heading if it is one and none was read; its use is recorded
	 * by {@link #section()}.
	 */
	boolean readHeading(int n) {
		if (this.heading > 0 || !isHeading(this.lines.trimmed(n))) {
			return false;
		}
		this.heading = n;
		return true;
	}

	/** Reads the author's portrait, printed before the name; whether the line was one. */
	boolean readPortrait(int n) {
		if (this.name != null || !ReviewHeaderReader.hasProfilePrefix(this.lines.trimmed(n))) {
			return false;
		}
		this.ledger.assign(n, LineRole.METADATA, "author portrait", null);
		return true;
	}

	/**
	 * Reads a line under the heading.
	 * @param number the number of the passage's anchor ("p4") if the line is biography
	 */
	void read(int n, int number) {
		ReviewerStats read = ReviewerStats.read(this.lines.trimmed(n));
		if (read != null && !read.author() && read.reviews() == null && this.stats.plus(read) != null) {
			this.stats = this.stats.plus(read);
			this.ledger.assign(n, LineRole.METADATA, "author stats", null);
		}
		else if (this.name == null) {
			this.name = BookText.original(this.lines, n);
			this.ledger.assign(n, LineRole.METADATA, "author", null);
		}
		else {
			String anchor = "p" + number;
			String text = this.lines.line(n);
			this.ledger.assign(n, LineRole.PASSAGE, null, anchor);
			this.biography.add(new ParsedPassage(anchor, text, n, n, CitationFinder.scan(text).citations()));
		}
	}

	int biographyLength() {
		return this.biography.size();
	}

	/** The author's name as the part prints it, or null. */
	String name() {
		return this.name;
	}

	ReviewerStats stats() {
		return this.stats;
	}

	/**
	 * The biography's section, headed by "About the author", or null if there is none;
	 * without a biography the heading is a label, recorded as furniture.
	 */
	ParsedSection section() {
		if (this.heading < 0) {
			return null;
		}
		if (this.biography.isEmpty()) {
			this.ledger.assign(this.heading, LineRole.FURNITURE, "About the author", null);
			return null;
		}
		String title = BookText.original(this.lines, this.heading);
		this.ledger.assign(this.heading, LineRole.HEADING, title, null);
		return new ParsedSection(title, this.heading, SectionRole.BODY, this.biography);
	}

}

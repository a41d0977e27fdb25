package org.thawcorpus.document;

import java.util.ArrayList;
import java.util.List;

/**
 * How a document's reading view is cut into pages. In reading order (each section's
 * heading and passages, the reviews the reading view shows, each comment and its
 * paragraphs) a page takes at most {@value #MAX_ITEMS} headings, passages and comments
 * and at most {@value #MAX_CHARS} characters of their text. A heading, or a comment's
 * opening, stays with its first paragraph, and the reviews shown stay together; a passage
 * longer than the bound is never cut and has a page of its own. A page is known by the
 * first section, passage and comment at or after its start, so where a passage is read
 * follows from its position alone.
 */
public final class ReadingLayout {

	/** The most headings, passages and comments on one page. */
	public static final int MAX_ITEMS = 100;

	/** The most characters of text on one page, unless one passage alone is longer. */
	public static final int MAX_CHARS = 60_000;

	private static final int SECTION = 0;

	private static final int PASSAGE = 1;

	private static final int COMMENT = 2;

	private final int[][] starts;

	private final int[] bodyBefore;

	private final int reviewsPage;

	private final int passageCount;

	private ReadingLayout(Builder builder) {
		this.starts = builder.starts.toArray(new int[0][]);
		this.bodyBefore = builder.bodyBefore.stream().mapToInt(Integer::intValue).toArray();
		this.reviewsPage = (builder.reviewsPage > 0) ? builder.reviewsPage : this.starts.length;
		this.passageCount = builder.passages;
	}

	/** A layout to fill in reading order. */
	public static Builder builder() {
		return new Builder();
	}

	/** The number of pages, 1 or more. */
	public int pages() {
		return this.starts.length;
	}

	/** Whether the document takes more than one page. */
	public boolean paged() {
		return pages() > 1;
	}

	/** The 1-based page that holds the passage at that position in its document. */
	public int pageOfPassage(int position) {
		return pageOf(PASSAGE, position);
	}

	/** The 1-based page that holds the heading of the section at that position. */
	public int pageOfSection(int position) {
		return pageOf(SECTION, position);
	}

	/** The 1-based page where the comment at that position begins. */
	public int pageOfComment(int position) {
		return pageOf(COMMENT, position);
	}

	/** The 1-based page that shows the reviews (the last page when there are none). */
	public int reviewsPage() {
		return this.reviewsPage;
	}

	/** The positions of the passages a page holds. */
	public Span passages(int page) {
		return span(PASSAGE, page);
	}

	/** The positions of the sections whose headings a page holds. */
	public Span sections(int page) {
		return span(SECTION, page);
	}

	/** The positions of the comments that begin on a page. */
	public Span comments(int page) {
		return span(COMMENT, page);
	}

	/** How many of the document's body passages come before a page. */
	public int bodyPassagesBefore(int page) {
		return this.bodyBefore[page - 1];
	}

	/**
	 * How many passages of sections and paragraphs of comments the pages hold (the
	 * reviews' paragraphs not counted).
	 */
	public int passageCount() {
		return this.passageCount;
	}

	private int pageOf(int kind, int index) {
		int low = 0;
		int high = this.starts.length - 1;
		while (low < high) {
			int middle = (low + high + 1) >>> 1;
			if (this.starts[middle][kind] <= index) {
				low = middle;
			}
			else {
				high = middle - 1;
			}
		}
		return low + 1;
	}

	private Span span(int kind, int page) {
		if (page < 1 || page > pages()) {
			throw new IllegalArgumentException("No page " + page + " of " + pages());
		}
		int to = (page < pages()) ? this.starts[page][kind] : Integer.MAX_VALUE;
		return new Span(this.starts[page - 1][kind], to);
	}

	/**
	 * Positions from {@code from} (inclusive) to {@code to} (exclusive).
	 *
	 * @param from the first position
	 * @param to the position after the last
	 */
	public record Span(int from, int to) {

		/** The last position, for a query between two bounds. */
		public int last() {
			return this.to - 1;
		}

	}

	/**
	 * Fills a layout in reading order: each section's heading then its passages, the
	 * reviews, each comment then its paragraphs.
	 */
	public static final class Builder {

		private final List<int[]> starts = new ArrayList<>();

		private final List<Integer> bodyBefore = new ArrayList<>();

		private final int[] last = { -1, -1, -1 };

		private int bodyPassages;

		private int passages;

		private int items;

		private long chars;

		private int reviewsPage;

		private int pendingKind = -1;

		private int pendingIndex;

		private long pendingChars;

		private Builder() {
		}

		/**
		 * A section's heading, of a title that long (0 for none); it goes with the
		 * passage that follows, if any.
		 */
		public Builder heading(int position, long titleLength) {
			flushPending();
			this.pendingKind = SECTION;
			this.pendingIndex = position;
			this.pendingChars = titleLength;
			return this;
		}

		/** A comment's opening; it goes with the paragraph that follows, if any. */
		public Builder comment(int position) {
			flushPending();
			this.pendingKind = COMMENT;
			this.pendingIndex = position;
			this.pendingChars = 0;
			return this;
		}

		/** A passage of a section or a comment. */
		public Builder passage(int position, long length, boolean body) {
			int pending = (this.pendingKind >= 0) ? 1 : 0;
			place(1 + pending, length + this.pendingChars);
			placePending();
			mark(PASSAGE, position);
			this.passages++;
			if (body) {
				this.bodyPassages++;
			}
			return this;
		}

		/**
		 * The reviews the reading view shows, kept on one page.
		 * @param reviews how many reviews
		 * @param positions the positions of their paragraphs, in order
		 * @param length the length of their paragraphs together
		 */
		public Builder reviews(int reviews, List<Integer> positions, long length) {
			flushPending();
			if (reviews == 0) {
				return this;
			}
			place(reviews + positions.size(), length);
			positions.forEach((position) -> mark(PASSAGE, position));
			this.reviewsPage = this.starts.size();
			return this;
		}

		public ReadingLayout build() {
			flushPending();
			if (this.starts.isEmpty()) {
				startPage();
			}
			return new ReadingLayout(this);
		}

		private void flushPending() {
			if (this.pendingKind >= 0) {
				place(1, this.pendingChars);
				placePending();
			}
		}

		private void placePending() {
			if (this.pendingKind < 0) {
				return;
			}
			mark(this.pendingKind, this.pendingIndex);
			this.pendingKind = -1;
		}

		private void place(int count, long length) {
			if (this.starts.isEmpty()
					|| (this.items > 0 && (this.items + count > MAX_ITEMS || this.chars + length > MAX_CHARS))) {
				startPage();
			}
			this.items += count;
			this.chars += length;
		}

		private void startPage() {
			this.starts.add(new int[] { this.last[SECTION] + 1, this.last[PASSAGE] + 1, this.last[COMMENT] + 1 });
			this.bodyBefore.add(this.bodyPassages);
			this.items = 0;
			this.chars = 0;
		}

		private void mark(int kind, int index) {
			if (index <= this.last[kind]) {
				throw new IllegalStateException(
						"The parts of a document must come in reading order; " + index + " follows " + this.last[kind]);
			}
			this.last[kind] = index;
		}

	}

}

package org.thawcorpus.reading;

import java.util.List;
import java.util.Map;

import org.thawcorpus.document.ReadingLayout;

/**
 * Which page of a document's reading view a reading is.
 *
 * @param number the 1-based page
 * @param layout the document's layout
 * @param elsewhere the pages of the anchors this page links to (works-cited entries, the
 * comments replied to, the beginning of a comment it continues) that other pages hold
 * @param contents the first {@value #CONTENTS_MAX} titled sections with their pages, for
 * a paged document
 * @param titledSections how many sections have a title, listed or not
 */
public record ReadingPage(int number, ReadingLayout layout, Map<String, Integer> elsewhere,
		List<ContentsEntry> contents, long titledSections) {

	/** The most sections the contents lists. */
	public static final int CONTENTS_MAX = 500;

	public ReadingPage {
		elsewhere = Map.copyOf(elsewhere);
		contents = List.copyOf(contents);
	}

	/** The one page of a document that fits on one. */
	public static ReadingPage single() {
		return new ReadingPage(1, ReadingLayout.builder().build(), Map.of(), List.of(), 0);
	}

	public int pages() {
		return this.layout.pages();
	}

	/** Whether the document takes more than one page. */
	public boolean paged() {
		return this.layout.paged();
	}

	/** Whether this is the first page, which shows the notes and the book's details. */
	public boolean first() {
		return this.number == 1;
	}

	/**
	 * Whether the comments begin on this page (for a document without comments, the last
	 * page, which says how many the page claimed).
	 */
	public boolean holdsFirstComment() {
		return this.number == this.layout.pageOfComment(0);
	}

	/** Whether this page shows a book page's reviews. */
	public boolean holdsReviews() {
		return this.number == this.layout.reviewsPage();
	}

	/**
	 * A line of the contents.
	 *
	 * @param title the section's title
	 * @param headingId the id of its heading, or null
	 * @param page the page holding the heading
	 */
	public record ContentsEntry(String title, String headingId, int page) {

	}

}

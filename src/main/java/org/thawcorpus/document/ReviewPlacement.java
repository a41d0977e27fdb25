package org.thawcorpus.document;

/**
 * Where a book page's reviews are read: the first few on the reading view, every one on
 * the pages of the review list in page order. Links to a review's passages are made from
 * here so that they land on the page that shows it.
 */
public final class ReviewPlacement {

	/** Reviews the reading view shows before it links to the review list. */
	public static final int ON_READING_VIEW = 10;

	/** Reviews on a page of the review list. */
	public static final int PER_PAGE = 20;

	private ReviewPlacement() {
	}

	/**
	 * The page of the review list, in page order, to link to for a review's passage.
	 * @param reviewPosition the review's 0-based position in its document, or null for a
	 * passage that is no review's
	 * @return the 1-based page, or null if the reading view shows the passage
	 */
	public static Integer listPage(Integer reviewPosition) {
		if (reviewPosition == null || reviewPosition < ON_READING_VIEW) {
			return null;
		}
		return reviewPosition / PER_PAGE + 1;
	}

}

package org.thawcorpus.system;

import java.util.Locale;

/**
 * Reads page numbers from request parameters: 1-based for readers, 0-based for
 * repositories. Page numbers stop at {@value #MAX_PAGE}, so that the offset of a page of
 * up to {@value #MAX_SIZE} items always fits the {@code int} a database query takes.
 */
public final class Pages {

	/** The highest page number accepted. */
	public static final int MAX_PAGE = 1_000_000;

	/** The most items a page may hold for its offset to fit whatever page number. */
	public static final int MAX_SIZE = Integer.MAX_VALUE / MAX_PAGE;

	private Pages() {
	}

	/**
	 * The 0-based index of a 1-based page parameter.
	 * @throws BadRequestException if the page is below 1 or above {@value #MAX_PAGE}
	 */
	public static int index(int page) {
		if (page < 1) {
			throw new BadRequestException("The page number must be 1 or more; " + page + " is not.");
		}
		if (page > MAX_PAGE) {
			throw new BadRequestException("The page number must be from 1 to "
					+ String.format(Locale.ROOT, "%,d", MAX_PAGE) + "; " + page + " is not.");
		}
		return page - 1;
	}

}

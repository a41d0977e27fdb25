package org.thawcorpus.system;

/**
 * Reads page numbers from request parameters: 1-based for readers, 0-based for
 * repositories.
 */
public final class Pages {

	private Pages() {
	}

	/**
	 * The 0-based index of a 1-based page parameter.
	 * @throws BadRequestException if the page is below 1
	 */
	public static int index(int page) {
		if (page < 1) {
			throw new BadRequestException("The page number must be 1 or more; " + page + " is not.");
		}
		return page - 1;
	}

}

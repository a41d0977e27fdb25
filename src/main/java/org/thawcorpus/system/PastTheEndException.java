package org.thawcorpus.system;

/**
 * A page past the last page of a list: a 404 that says how many pages there are and links
 * to the last one, the address asked for with the last page's number.
 */
public class PastTheEndException extends NotFoundException {

	private final int pages;

	/**
	 * @param message the sentence for the reader, naming the pages there are
	 * @param pages how many pages there are (at least 1: an empty list is one empty page)
	 */
	public PastTheEndException(String message, int pages) {
		super(message);
		this.pages = pages;
	}

	/** How many pages there are. */
	public int pages() {
		return this.pages;
	}

}

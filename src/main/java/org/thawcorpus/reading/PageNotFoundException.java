package org.thawcorpus.reading;

import org.thawcorpus.document.DocumentView;
import org.thawcorpus.system.NotFoundException;

/** A page past the last of a document's reading view. */
class PageNotFoundException extends NotFoundException {

	private final String slug;

	private final int pages;

	PageNotFoundException(DocumentView document, String requested, int pages) {
		super("\"" + document.title() + "\" has " + pages + ((pages == 1) ? " page" : " pages") + "; there is no page "
				+ requested + ".");
		this.slug = document.slug();
		this.pages = pages;
	}

	String slug() {
		return this.slug;
	}

	/** How many pages the document has. */
	int pages() {
		return this.pages;
	}

}

package org.thawcorpus.reading;

import org.thawcorpus.document.DocumentView;
import org.thawcorpus.system.PastTheEndException;

/** A page past the last of a document's reading view. */
class PageNotFoundException extends PastTheEndException {

	PageNotFoundException(DocumentView document, String requested, int pages) {
		super("\"" + document.title() + "\" has " + pages + ((pages == 1) ? " page" : " pages") + "; there is no page "
				+ requested + ".", pages);
	}

}

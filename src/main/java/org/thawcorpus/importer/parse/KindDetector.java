package org.thawcorpus.importer.parse;

import org.thawcorpus.document.DocumentKind;

/**
 * Recognises the kind of page a source is a copy of from its content alone, never from
 * its file name.
 */
public final class KindDetector {

	private KindDetector() {
	}

	public static Detection detect(SourceLines lines) {
		// TODO(helper A): score the structural markers of each kind
		return new Detection(DocumentKind.TEXT, "no structural markers of an article, blog post or book page");
	}

}

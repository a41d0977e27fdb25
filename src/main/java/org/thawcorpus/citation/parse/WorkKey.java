package org.thawcorpus.citation.parse;

import org.thawcorpus.importer.parse.TextFolding;

/** TODO(helper C): replaced by the citation helper's rule. */
public final class WorkKey {

	private WorkKey() {
	}

	public static String of(CitationData data, Isbn isbn, String raw) {
		if (isbn != null && isbn.valid()) {
			return "isbn:" + isbn.isbn13();
		}
		String key = (data.title() != null) ? "title:" + TextFolding.matchKey(data.title())
				: "raw:" + TextFolding.matchKey(raw);
		return (key.length() > 600) ? key.substring(0, 600) : key;
	}

}

package org.thawcorpus.search;

import java.util.List;

import org.thawcorpus.source.DocumentKind;

/**
 * A document's hits, together, in reading order.
 *
 * @param slug the document's slug
 * @param title its title
 * @param kind its kind
 * @param link the document's reading view, the query's matches highlighted
 * @param total how many of its passages and citations match
 * @param hits the hits shown, in reading order
 * @param moreLink the search narrowed to this document, showing all its hits, or null if
 * all are shown
 */
public record HitGroup(String slug, String title, DocumentKind kind, String link, long total, List<SearchHit> hits,
		String moreLink) {

	public HitGroup {
		hits = List.copyOf(hits);
	}

}

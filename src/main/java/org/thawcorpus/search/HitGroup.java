package org.thawcorpus.search;

import java.util.List;

import org.thawcorpus.source.DocumentKind;

/**
 * The hits of one page of results that belong to one document, in rank order.
 *
 * @param slug the document's slug
 * @param title its title
 * @param kind its kind
 * @param link the document's reading view, the query's matches highlighted
 * @param hits its hits on the page
 */
public record HitGroup(String slug, String title, DocumentKind kind, String link, List<SearchHit> hits) {

	public HitGroup {
		hits = List.copyOf(hits);
	}

}

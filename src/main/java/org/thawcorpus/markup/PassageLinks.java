package org.thawcorpus.markup;

import java.util.LinkedHashMap;
import java.util.Map;

import org.thawcorpus.document.ReviewPlacement;

/**
 * Where a passage is read, with the query's matches highlighted: the document's reading
 * view, or for a review beyond those it shows, the page of the review list that holds it.
 */
public final class PassageLinks {

	private PassageLinks() {
	}

	/**
	 * The address of a passage.
	 * @param slug its document's slug
	 * @param anchor the passage's anchor
	 * @param reviewPosition the position of its review, or null if it is no review's
	 * @param query the query to highlight, or null
	 */
	public static String of(String slug, String anchor, Integer reviewPosition, String query) {
		Map<String, Object> params = new LinkedHashMap<>();
		String path = "/documents/" + Urls.segment(slug);
		Integer page = ReviewPlacement.listPage(reviewPosition);
		if (page != null) {
			path += "/reviews";
			params.put("page", (page > 1) ? page : null);
		}
		params.put("q", (query != null && !query.isBlank()) ? query : null);
		return Urls.of(path, params, anchor);
	}

}

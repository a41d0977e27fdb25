package org.thawcorpus.search;

import java.util.List;

/**
 * A facet of the results: its values with their counts, each a link narrowing the search.
 *
 * @param name the facet's URL parameter
 * @param label the facet's heading
 * @param values its values, in display order
 * @param clearLink the search without this facet's value, or null if none is chosen
 */
public record FacetView(String name, String label, List<Value> values, String clearLink) {

	public FacetView {
		values = List.copyOf(values);
	}

	/**
	 * A value of a facet.
	 *
	 * @param value the value as the URL carries it
	 * @param label how it reads
	 * @param count the results with it
	 * @param selected whether the search is narrowed to it
	 * @param link the search narrowed to it
	 */
	public record Value(String value, String label, long count, boolean selected, String link) {

	}

}

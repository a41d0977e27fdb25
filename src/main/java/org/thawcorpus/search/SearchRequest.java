package org.thawcorpus.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.thawcorpus.system.Urls;
import org.thawcorpus.system.BadRequestException;

/**
 * A search as its URL states it, so that it can be shared: the query, one chosen value
 * per facet, and the page (1-based).
 *
 * @param query the query as typed, stripped; empty for none
 * @param filters the chosen facet values, as the index holds them
 * @param page the page, 1 or more
 */
public record SearchRequest(String query, Map<Facet, String> filters, int page) {

	public SearchRequest {
		query = (query != null) ? query.strip() : "";
		filters = Collections.unmodifiableMap(filters.isEmpty() ? new EnumMap<>(Facet.class) : new EnumMap<>(filters));
	}

	/**
	 * Reads a search from request parameters: {@code q}, one parameter per facet
	 * ({@code kind}, {@code document}, {@code section}, {@code part}, {@code stars},
	 * {@code year}) and {@code page}. Blank facet parameters are ignored.
	 * @throws BadRequestException if a facet value can never match or the page is not a
	 * number of 1 or more
	 */
	static SearchRequest of(Map<String, String> params) {
		Map<Facet, String> filters = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			String value = params.get(facet.param());
			if (value == null || value.isBlank()) {
				continue;
			}
			String normalized = facet.normalize(value);
			if (normalized == null) {
				throw new BadRequestException("\"" + abbreviate(value) + "\" is not a value of the "
						+ facet.label().toLowerCase() + " filter (parameter \"" + facet.param() + "\").");
			}
			filters.put(facet, normalized);
		}
		return new SearchRequest(params.get("q"), filters, page(params.get("page")));
	}

	private static int page(String value) {
		if (value == null || value.isBlank()) {
			return 1;
		}
		if (!value.strip().matches("\\d{1,6}") || Integer.parseInt(value.strip()) < 1) {
			throw new BadRequestException(
					"The page number must be a whole number of 1 or more; \"" + abbreviate(value) + "\" is not.");
		}
		return Integer.parseInt(value.strip());
	}

	public boolean hasQuery() {
		return !this.query.isEmpty();
	}

	/**
	 * The same search, back on page 1, with a facet set to a value (null to clear it).
	 */
	SearchRequest with(Facet facet, String value) {
		Map<Facet, String> changed = new EnumMap<>(Facet.class);
		changed.putAll(this.filters);
		if (value == null) {
			changed.remove(facet);
		}
		else {
			changed.put(facet, value);
		}
		return new SearchRequest(this.query, changed, 1);
	}

	/** The same filters, back on page 1, with another query. */
	SearchRequest withQuery(String query) {
		return new SearchRequest(query, this.filters, 1);
	}

	/** The search's address, page 1 left implicit. */
	public String url() {
		Map<String, Object> params = params();
		params.put("page", (this.page > 1) ? this.page : null);
		return Urls.of("/search", params, null);
	}

	/** The search's address without its page, for the pagination links. */
	public String urlWithoutPage() {
		return Urls.of("/search", params(), null);
	}

	private Map<String, Object> params() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("q", this.query);
		this.filters.forEach((facet, value) -> params.put(facet.param(), value));
		return params;
	}

	private static String abbreviate(String value) {
		String v = value.strip();
		return (v.length() > 40) ? v.substring(0, 40) + "…" : v;
	}

}

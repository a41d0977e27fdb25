package org.thawcorpus.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.thawcorpus.system.BadRequestException;
import org.thawcorpus.system.Urls;

/**
 * A search as its URL states it, so that it can be shared: the query, one chosen value
 * per facet, the page (1-based), and whether the register's spellings widen its words.
 *
 * @param query the query as typed, stripped; empty for none
 * @param filters the chosen facet values, as the index holds them
 * @param page the page, 1 or more
 * @param asWritten whether words are searched only as written, not widened to the
 * register's other spellings ({@code spelling=as-written})
 */
public record SearchRequest(String query, Map<Facet, String> filters, int page, boolean asWritten) {

	/** The value of {@code spelling} that searches words as written. */
	static final String AS_WRITTEN = "as-written";

	public SearchRequest {
		query = (query != null) ? query.strip() : "";
		filters = Collections.unmodifiableMap(filters.isEmpty() ? new EnumMap<>(Facet.class) : new EnumMap<>(filters));
	}

	/**
	 * Reads a search from request parameters: {@code q}, one parameter per facet
	 * ({@code kind}, {@code document}, {@code section}, {@code part}, {@code stars},
	 * {@code year}), {@code page} and {@code spelling} ({@code register}, the default, or
	 * {@code as-written}). Blank facet parameters are ignored.
	 * @throws BadRequestException if a facet value can never match, the page is not a
	 * number of 1 or more, or the spelling is neither
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
		return new SearchRequest(params.get("q"), filters, page(params.get("page")), asWritten(params.get("spelling")));
	}

	private static boolean asWritten(String value) {
		if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("register")) {
			return false;
		}
		if (value.strip().equalsIgnoreCase(AS_WRITTEN)) {
			return true;
		}
		throw new BadRequestException("The parameter \"spelling\" is \"register\" (words found under every spelling"
				+ " the register knows, the default) or \"as-written\"; \"" + abbreviate(value) + "\" is neither.");
	}

	static int page(String value) {
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
		return new SearchRequest(this.query, changed, 1, this.asWritten);
	}

	/** The same filters, back on page 1, with another query. */
	SearchRequest withQuery(String query) {
		return new SearchRequest(query, this.filters, 1, this.asWritten);
	}

	/** The same search, back on page 1, its words widened by the register or not. */
	SearchRequest withAsWritten(boolean asWritten) {
		return new SearchRequest(this.query, this.filters, 1, asWritten);
	}

	/** The search's address, page 1 left implicit. */
	public String url() {
		Map<String, Object> params = params();
		params.put("page", (this.page > 1) ? this.page : null);
		return Urls.of("/search", params, null);
	}

	/** The same search with its words under every spelling the register knows. */
	public String widenedUrl() {
		return withAsWritten(false).url();
	}

	/** The search's address without its page, for the pagination links. */
	public String urlWithoutPage() {
		return Urls.of("/search", params(), null);
	}

	/** The concordance of the same search. */
	public String concordanceUrl() {
		return Urls.of(ConcordanceRequest.PATH, params(), null);
	}

	/** The same search's address as an export of its concordance ("csv" or "json"). */
	public String exportUrl(String format) {
		Map<String, Object> params = params();
		params.put("format", format);
		return Urls.of("/api/search", params, null);
	}

	/** The parameters that state the search, page left out, in order. */
	Map<String, Object> params() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("q", this.query);
		this.filters.forEach((facet, value) -> params.put(facet.param(), value));
		params.put("spelling", this.asWritten ? AS_WRITTEN : null);
		return params;
	}

	static String abbreviate(String value) {
		String v = value.strip();
		return (v.length() > 40) ? v.substring(0, 40) + "…" : v;
	}

}

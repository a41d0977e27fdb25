package org.thawcorpus.search;

import java.util.Locale;
import java.util.Map;

import org.thawcorpus.system.BadRequestException;
import org.thawcorpus.system.Urls;

/**
 * A concordance as its URL states it: the search, the order of its lines, how they are
 * grouped, the group whose lines are shown, and the page.
 *
 * @param search the search (its page unused)
 * @param sort the order of the lines
 * @param group how the lines are grouped, or null for none
 * @param value the group whose lines are shown, or null for the groups themselves
 * @param page the page of lines, 1 or more
 */
public record ConcordanceRequest(SearchRequest search, Sort sort, Group group, String value, int page) {

	/** The concordance page's path. */
	static final String PATH = "/search/concordance";

	/**
	 * Reads a concordance from request parameters: those of a search, {@code sort},
	 * {@code group}, {@code value} and {@code page}.
	 * @throws BadRequestException if one cannot be read
	 */
	static ConcordanceRequest of(Map<String, String> params) {
		SearchRequest search = SearchRequest.of(params);
		Group group = Group.parse(params.get("group"));
		String value = params.get("value");
		if (value != null && value.isBlank()) {
			value = null;
		}
		if (value != null && group == null) {
			throw new BadRequestException("The parameter \"value\" names a group: give \"group\" too, as in "
					+ "group=form&value=khrushchev.");
		}
		return new ConcordanceRequest(search, Sort.parse(params.get("sort")), group, value,
				SearchRequest.page(params.get("page")));
	}

	/** The concordance's address with its page. */
	public String url() {
		return url(this.sort, this.group, this.value, this.page);
	}

	/** The address without the page, for the pagination links. */
	public String urlWithoutPage() {
		return url(this.sort, this.group, this.value, 1);
	}

	/** The same lines in another order. */
	public String sortedBy(Sort order) {
		return url(order, this.group, this.value, 1);
	}

	/** The lines grouped another way (null: not grouped). */
	public String groupedBy(Group by) {
		return url(this.sort, by, null, 1);
	}

	/** The lines of one group. */
	public String groupLink(String groupValue) {
		return url(this.sort, this.group, groupValue, 1);
	}

	/** An export of the same lines ("csv" or "json"), every line, not a page. */
	public String exportUrl(String format) {
		Map<String, Object> params = this.search.params();
		params.put("sort", (this.sort != Sort.DOCUMENT) ? this.sort.param() : null);
		params.put("group", (this.value != null) ? this.group.param() : null);
		params.put("value", this.value);
		params.put("format", format);
		return Urls.of("/api/search", params, null);
	}

	private String url(Sort order, Group by, String groupValue, int number) {
		Map<String, Object> params = this.search.params();
		params.put("sort", (order != Sort.DOCUMENT) ? order.param() : null);
		params.put("group", (by != null) ? by.param() : null);
		params.put("value", groupValue);
		params.put("page", (number > 1) ? number : null);
		return Urls.of(PATH, params, null);
	}

	/** The orders of a concordance's lines. */
	public enum Sort {

		DOCUMENT("in reading order"), LEFT("by left context"), HIT("by hit"), RIGHT("by right context");

		private final String label;

		Sort(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		public String param() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Sort parse(String value) {
			if (value == null || value.isBlank()) {
				return DOCUMENT;
			}
			for (Sort sort : values()) {
				if (sort.param().equalsIgnoreCase(value.strip())) {
					return sort;
				}
			}
			throw new BadRequestException("A concordance sorts by document, left, hit or right; \""
					+ SearchRequest.abbreviate(value) + "\" is none of them.");
		}

	}

	/** The ways a concordance's lines can be grouped. */
	public enum Group {

		FORM("matched form"), DOCUMENT("source"), KIND("kind of source"), PART("part"), REVIEWER("reviewer"),
		YEAR("year written"), MENTIONED("year or period mentioned");

		private final String label;

		Group(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		public String param() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Group parse(String value) {
			if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("none")) {
				return null;
			}
			for (Group group : values()) {
				if (group.param().equalsIgnoreCase(value.strip())) {
					return group;
				}
			}
			throw new BadRequestException("A concordance groups by form, document, kind, part, reviewer, year "
					+ "(written) or mentioned; \"" + SearchRequest.abbreviate(value) + "\" is none of them.");
		}

	}

}

package org.thawcorpus.review;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Sort;
import org.thawcorpus.system.BadRequestException;

/** The orders reviews can be listed in. */
public enum ReviewSort {

	PAGE("page order", Sort.by("position")),
	NEWEST("newest first", Sort.by(Sort.Order.desc("date").nullsLast(), Sort.Order.asc("position"))),
	OLDEST("oldest first", Sort.by(Sort.Order.asc("date").nullsLast(), Sort.Order.asc("position"))),
	LONGEST("longest first", Sort.by(Sort.Order.desc("textLength"), Sort.Order.asc("position"))),
	SHORTEST("shortest first", Sort.by(Sort.Order.asc("textLength"), Sort.Order.asc("position"))),
	/** Most stars first; reviews without stars last, each group in page order. */
	HIGHEST("highest rated first", Sort.by(Sort.Order.desc("rating").nullsLast(), Sort.Order.asc("position"))),
	/** Fewest stars first; reviews without stars last, each group in page order. */
	LOWEST("lowest rated first", Sort.by(Sort.Order.asc("rating").nullsLast(), Sort.Order.asc("position")));

	private final String label;

	private final Sort sort;

	ReviewSort(String label, Sort sort) {
		this.label = label;
		this.sort = sort;
	}

	public String label() {
		return this.label;
	}

	public Sort sort() {
		return this.sort;
	}

	/** The parameter value naming this order. */
	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads the {@code sort} parameter; absent or blank is page order.
	 * @throws BadRequestException if the value names no order
	 */
	public static ReviewSort parse(String value) {
		if (value == null || value.isBlank()) {
			return PAGE;
		}
		for (ReviewSort sort : values()) {
			if (sort.param().equalsIgnoreCase(value.strip())) {
				return sort;
			}
		}
		throw new BadRequestException("Reviews can be sorted by " + params() + "; \""
				+ ReviewFilter.abbreviate(value.strip()) + "\" is none of these.");
	}

	/** "page, newest, ... or lowest". */
	private static String params() {
		List<String> params = Arrays.stream(values()).map(ReviewSort::param).toList();
		return String.join(", ", params.subList(0, params.size() - 1)) + " or " + params.get(params.size() - 1);
	}

}

package org.thawcorpus.review;

import java.util.Locale;

import org.springframework.data.domain.Sort;
import org.thawcorpus.system.BadRequestException;

/** The orders reviews can be listed in. */
public enum ReviewSort {

	PAGE("page order", Sort.by("position")),
	NEWEST("newest first", Sort.by(Sort.Order.desc("date").nullsLast(), Sort.Order.asc("position"))),
	OLDEST("oldest first", Sort.by(Sort.Order.asc("date").nullsLast(), Sort.Order.asc("position"))),
	LONGEST("longest first", Sort.by(Sort.Order.desc("textLength"), Sort.Order.asc("position"))),
	SHORTEST("shortest first", Sort.by(Sort.Order.asc("textLength"), Sort.Order.asc("position")));

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
		throw new BadRequestException("Reviews can be sorted by page, newest, oldest, longest or shortest; \""
				+ ReviewFilter.abbreviate(value.strip()) + "\" is none of these.");
	}

}

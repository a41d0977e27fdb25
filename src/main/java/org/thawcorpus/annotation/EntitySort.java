package org.thawcorpus.annotation;

import java.util.Locale;

import org.thawcorpus.system.BadRequestException;

/** The orders an index of entities can be listed in. */
public enum EntitySort {

	NAME("by name (people by surname)"), MENTIONS("most mentioned first");

	private final String label;

	EntitySort(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The parameter value naming this order. */
	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads the {@code sort} parameter; absent or blank is by name.
	 * @throws BadRequestException if the value names no order
	 */
	public static EntitySort parse(String value) {
		if (value == null || value.isBlank()) {
			return NAME;
		}
		for (EntitySort sort : values()) {
			if (sort.param().equalsIgnoreCase(value.strip())) {
				return sort;
			}
		}
		throw new BadRequestException("An index can be sorted by name or by mentions; \""
				+ LayerChoice.abbreviate(value.strip()) + "\" is neither.");
	}

}

package org.thawcorpus.search;

import java.util.Locale;

import org.thawcorpus.annotation.parse.Periods;
import org.thawcorpus.source.DocumentKind;

/**
 * A way to narrow results, with the URL parameter that chooses a value and the field it
 * filters.
 */
public enum Facet {

	KIND("kind", HitFields.DOCUMENT_KIND, "Kind of source"), DOCUMENT("document", HitFields.DOCUMENT, "Source"),
	SECTION("section", HitFields.SECTION, "Section"), PART("part", HitFields.PART, "Part"),
	STARS("stars", HitFields.STARS, "Review rating"), YEAR("year", HitFields.MENTIONED, "Year or period mentioned");

	/** The value of the stars facet for reviews without a rating. */
	static final String UNRATED = "unrated";

	private final String param;

	private final String field;

	private final String label;

	Facet(String param, String field, String label) {
		this.param = param;
		this.field = field;
		this.label = label;
	}

	/** The URL parameter, also the facet's name in the JSON API. */
	String param() {
		return this.param;
	}

	String field() {
		return this.field;
	}

	String label() {
		return this.label;
	}

	/** How a value of this facet reads on the page. */
	String valueLabel(String value) {
		return switch (this) {
			case KIND -> DocumentKind.of(value).label();
			case PART -> Part.valueOf(value).label();
			case STARS -> UNRATED.equals(value) ? "Unrated" : value + (value.equals("1") ? " star" : " stars");
			case YEAR -> Periods.isKey(value) ? Periods.labelWithYears(value) : value;
			default -> value;
		};
	}

	/**
	 * The value as the index holds it, or null if the value can never be held (an unknown
	 * kind, a year that is not a number, a period that is not two years with a slash).
	 */
	String normalize(String value) {
		String v = value.strip();
		return switch (this) {
			case KIND -> kindCode(v);
			case PART -> enumName(v, Part.class);
			case STARS -> v.matches("[1-5]") ? v : v.equalsIgnoreCase(UNRATED) ? UNRATED : null;
			case YEAR -> v.matches("\\d{1,4}") ? String.valueOf(Integer.parseInt(v))
					: (v.matches("\\d{1,4}/\\d{1,4}") && Periods.isKey(v))
							? Periods.key(Integer.parseInt(v.substring(0, v.indexOf('/'))),
									Integer.parseInt(v.substring(v.indexOf('/') + 1)))
							: null;
			default -> v;
		};
	}

	private static String kindCode(String value) {
		String code = value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		return DocumentKind.isKnown(code) ? code : null;
	}

	private static <E extends Enum<E>> String enumName(String value, Class<E> type) {
		String name = value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return name;
			}
		}
		return null;
	}

}

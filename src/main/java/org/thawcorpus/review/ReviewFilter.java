package org.thawcorpus.review;

import org.thawcorpus.system.BadRequestException;

/**
 * Which reviews to show: all, those with a star rating, or the unrated ones.
 *
 * @param stars 1 to 5, or null
 * @param unrated whether to show only unrated reviews
 */
public record ReviewFilter(Integer stars, boolean unrated) {

	public static final ReviewFilter ALL = new ReviewFilter(null, false);

	public static final String UNRATED = "unrated";

	/**
	 * Reads the {@code stars} parameter: absent, blank or "all" for all reviews, 1 to 5,
	 * or "unrated".
	 * @throws BadRequestException if the value is none of these
	 */
	public static ReviewFilter parse(String value) {
		if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("all")) {
			return ALL;
		}
		String v = value.strip();
		if (v.equalsIgnoreCase(UNRATED)) {
			return new ReviewFilter(null, true);
		}
		if (v.matches("[1-5]")) {
			return new ReviewFilter(Integer.valueOf(v), false);
		}
		throw new BadRequestException("The star filter must be a whole number from 1 to 5, or \"unrated\"; \""
				+ abbreviate(v) + "\" is neither.");
	}

	/** The parameter value for this filter, or null for all. */
	public String param() {
		return this.unrated ? UNRATED : (this.stars != null) ? String.valueOf(this.stars) : null;
	}

	/**
	 * What one review this filter keeps is called: "review", "review with 1 star",
	 * "unrated review".
	 */
	public String one() {
		return this.unrated ? "unrated review" : (this.stars != null)
				? "review with " + this.stars + ((this.stars == 1) ? " star" : " stars") : "review";
	}

	/** What several reviews this filter keeps are called. */
	public String many() {
		return this.unrated ? "unrated reviews" : (this.stars != null)
				? "reviews with " + this.stars + ((this.stars == 1) ? " star" : " stars") : "reviews";
	}

	public boolean isAll() {
		return this.stars == null && !this.unrated;
	}

	static String abbreviate(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

}

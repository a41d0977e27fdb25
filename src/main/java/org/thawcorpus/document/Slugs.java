package org.thawcorpus.document;

import java.text.Normalizer;
import java.util.Locale;

/** Makes URL slugs from titles: lower-case ASCII words joined by hyphens. */
public final class Slugs {

	static final int MAX_LENGTH = 80;

	private Slugs() {
	}

	/**
	 * A slug for a title, or {@code fallback} when the title has no Latin letters or
	 * digits.
	 */
	public static String of(String title, String fallback) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH) {
			int cut = slug.lastIndexOf('-', MAX_LENGTH);
			slug = slug.substring(0, (cut > 20) ? cut : MAX_LENGTH);
		}
		return slug.isEmpty() ? fallback : slug;
	}

}

package org.thawcorpus.citation;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.thawcorpus.citation.export.CitationStyle;
import org.thawcorpus.system.BadRequestException;

/** Reads the {@code style} parameter of the pages that format references. */
public final class CitationStyles {

	private CitationStyles() {
	}

	/**
	 * The style a parameter names; Chicago notes and bibliography when it is absent.
	 * @throws BadRequestException if it names no style
	 */
	public static CitationStyle parse(String value) {
		if (value == null || value.isBlank()) {
			return CitationStyle.CHICAGO;
		}
		return CitationStyle.parse(value)
			.orElseThrow(() -> new BadRequestException("The style must be one of "
					+ Arrays.stream(CitationStyle.values()).map(CitationStyle::param).collect(Collectors.joining(", "))
					+ "; \"" + ((value.length() > 40) ? value.substring(0, 40) + "…" : value)
					+ "\" is none of these."));
	}

}

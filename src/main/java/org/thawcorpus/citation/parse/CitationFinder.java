package org.thawcorpus.citation.parse;

import java.util.List;

/**
 * Finds the bibliographic citations in a passage: bracketed spans (parentheses, square
 * brackets or braces, a mismatched pair included) whose content reads as a reference to a
 * published work, as opposed to an aside, a name in another script or a pronunciation.
 * Also reports brackets that have no partner. Pure function; the input is not modified.
 */
public final class CitationFinder {

	private CitationFinder() {
	}

	/** Scans one passage's text. */
	public static CitationScan scan(String text) {
		// TODO(helper A): bracket scanning and bibliographic test
		return new CitationScan(List.of(), List.of());
	}

}

package org.thawcorpus.citation.parse;

import java.util.List;
import java.util.Set;

/**
 * Parses the text of one citation (without its brackets) into fields. Pure function; a
 * field not found is null, a field found but doubtful is named in
 * {@link CitationData#uncertain()}.
 */
public final class CitationParser {

	private CitationParser() {
	}

	public static CitationData parse(String text) {
		// TODO(helper C): field parsing
		return new CitationData(List.of(), List.of(), List.of(), null, null, null, null, null, null, Set.of());
	}

}

package org.thawcorpus.bibliography;

import java.util.List;

/**
 * What a scan of one passage found: its bibliographic citations in order, and brackets
 * that have no partner.
 */
public record CitationScan(List<FoundCitation> citations, List<StrayBracket> strays) {

	public CitationScan {
		citations = List.copyOf(citations);
		strays = List.copyOf(strays);
	}

}

package org.thawcorpus.citation;

import java.util.List;

/**
 * A citation and the other places in the corpus that cite the same work.
 *
 * @param citation the citation
 * @param sameWork other citations of the same work, by document
 */
public record CitationDetail(CitationInfo citation, List<CitationInfo> sameWork) {

	public CitationDetail {
		sameWork = List.copyOf(sameWork);
	}

}

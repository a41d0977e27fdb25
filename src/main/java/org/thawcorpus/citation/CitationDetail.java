package org.thawcorpus.citation;

import java.util.List;

import org.thawcorpus.citation.export.Reference;
import org.thawcorpus.document.DocumentSummary;

/**
 * A citation, the other places in the corpus that cite the same work, and the corpus
 * documents that are that work.
 *
 * @param citation the citation
 * @param reference the work it names, as reference managers take it
 * @param sameWork other citations of the same work, by document
 * @param corpusDocuments documents of the corpus with the cited work's title and author
 */
public record CitationDetail(CitationInfo citation, Reference reference, List<CitationInfo> sameWork,
		List<DocumentSummary> corpusDocuments) {

	public CitationDetail {
		sameWork = List.copyOf(sameWork);
		corpusDocuments = List.copyOf(corpusDocuments);
	}

}

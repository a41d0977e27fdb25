package org.thawcorpus.reading;

import java.util.List;

import org.thawcorpus.citation.Coins;
import org.thawcorpus.citation.export.Reference;
import org.thawcorpus.citation.export.StyledReference;
import org.thawcorpus.document.DocumentView;

/**
 * How to cite a whole document: the work its copy is a copy of and, for a book page, the
 * book.
 *
 * @param document the document
 * @param permalink the document's absolute, lasting address
 * @param works the works to cite, the source's own first
 * @param metadataFile the metadata file that supplied facts of the source, or null
 */
public record DocumentCite(DocumentView document, String permalink, List<Work> works, String metadataFile) {

	public DocumentCite {
		works = List.copyOf(works);
	}

	/** The references of the works, for export. */
	public List<Reference> references() {
		return this.works.stream().map(Work::reference).toList();
	}

	/**
	 * A work to cite.
	 *
	 * @param label what it is ("The blog post", "The book")
	 * @param reference its reference
	 * @param styled the reference in the chosen style
	 */
	public record Work(String label, Reference reference, StyledReference styled) {

		/** The work as COinS, for the Zotero Connector. */
		public String coins() {
			return Coins.of(this.reference);
		}

	}

}

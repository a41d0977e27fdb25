package org.thawcorpus.importer.write;

import org.thawcorpus.source.ParsedPart;

/**
 * Writes one type of {@link ParsedPart} of a document. Each writer is a bean; the
 * document writer hands every part to the writer of its type.
 *
 * @param <P> the type of part written
 */
public interface PartWriter<P extends ParsedPart> {

	/** The type of part this writer writes. */
	Class<P> type();

	/**
	 * Writes a part's entities, in the caller's transaction, through the document's
	 * parts.
	 */
	void write(P part, DocumentParts parts);

}

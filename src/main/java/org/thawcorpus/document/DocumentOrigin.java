package org.thawcorpus.document;

import java.time.Instant;

/**
 * The source file a document was imported from.
 *
 * @param sourcePath the path as configured and normalised, which identifies the document
 * @param sourceFile the file's name
 * @param format a text copy or a saved page
 * @param contentHash the SHA-256 of the file's bytes, in hex
 * @param byteSize the file's size in bytes
 * @param importedAt when it was imported
 */
public record DocumentOrigin(String sourcePath, String sourceFile, SourceFormat format, String contentHash,
		long byteSize, Instant importedAt) {

}

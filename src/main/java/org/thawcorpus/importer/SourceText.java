package org.thawcorpus.importer;

import java.util.List;

/**
 * A source file read and checked: its text, size and content hash, and whether it is a
 * saved page.
 *
 * @param text the decoded text, without a leading byte order mark
 * @param byteSize the file's size in bytes
 * @param contentHash the SHA-256 of the file's bytes, in hex
 * @param warnings things noticed while reading that did not stop the import
 * @param page whether the file is a saved web page (HTML) rather than a text copy
 */
public record SourceText(String text, long byteSize, String contentHash, List<String> warnings, boolean page) {

	public SourceText {
		warnings = List.copyOf(warnings);
	}

}

package org.thawcorpus.source;

/**
 * The kind recognised for a source, and why.
 *
 * @param reader the kind that reads the source; the fallback kind when no kind matched
 * well
 * @param reason a sentence naming the evidence ("a star histogram and 10 review headers")
 */
public record Detection(SourceKind reader, String reason) {

	/** What the source is. */
	public DocumentKind kind() {
		return this.reader.kind();
	}

}

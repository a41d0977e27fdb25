package org.thawcorpus.importer.parse;

import org.thawcorpus.document.DocumentKind;

/**
 * The kind recognised for a source, and why.
 *
 * @param kind the kind; {@link DocumentKind#TEXT} when no kind matched well
 * @param reason a sentence naming the evidence ("a star histogram and 10 review headers")
 */
public record Detection(DocumentKind kind, String reason) {

}

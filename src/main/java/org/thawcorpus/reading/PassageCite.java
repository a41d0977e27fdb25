package org.thawcorpus.reading;

import org.thawcorpus.citation.export.Reference;
import org.thawcorpus.document.DocumentView;

/**
 * How to cite one passage: its permalink, where it stands, and a reference to it.
 *
 * @param document the document
 * @param anchor the passage's anchor
 * @param text the passage's text
 * @param permalink the absolute, lasting address of the passage, whatever page holds it
 * @param href where the passage is read now
 * @param location where the passage stands, in words ("section “…”, paragraph 5")
 * @param reference the reference, for export
 * @param chicago the reference in Chicago style
 */
public record PassageCite(DocumentView document, String anchor, String text, String permalink, String href,
		String location, Reference reference, String chicago) {

}

package org.thawcorpus.reading;

import org.thawcorpus.citation.export.Reference;
import org.thawcorpus.document.DocumentView;

/**
 * How to cite one passage: its permalink, where it stands, and a reference to it.
 *
 * @param document the document
 * @param anchor the passage's anchor
 * @param text the passage's text
 * @param permalink the absolute address of the passage
 * @param location where the passage stands, in words ("section “…”, paragraph 5")
 * @param reference the reference, for export
 * @param chicago the reference in Chicago style
 */
public record PassageCite(DocumentView document, String anchor, String text, String permalink, String location,
		Reference reference, String chicago) {

}

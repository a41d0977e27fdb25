package org.thawcorpus.reading;

import org.thawcorpus.citation.export.Reference;
import org.thawcorpus.citation.export.StyledReference;
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
 * @param reference the reference: the work and the passage's place in it, for export
 * @param styled the reference in the chosen style
 * @param metadataFile the metadata file that supplied facts of the source, or null
 */
public record PassageCite(DocumentView document, String anchor, String text, String permalink, String href,
		String location, Reference reference, StyledReference styled, String metadataFile) {

}

package org.thawcorpus.source;

/** Whether a section holds the document's text or its list of works cited. */
public enum SectionRole {

	BODY, WORKS_CITED

}

package org.thawcorpus.document;

/** Whose text a passage is. */
public enum PassageRole {

	/** A paragraph of the document's own text. */
	BODY,
	/** An entry of the document's works-cited list. */
	WORKS_CITED,
	/** A paragraph of a review. */
	REVIEW,
	/** A paragraph of a comment. */
	COMMENT

}

package org.thawcorpus.search;

import org.thawcorpus.document.PassageRole;

/**
 * What a hit is: a paragraph of a document's text, works cited, a review or a comment, or
 * a citation.
 */
public enum Part {

	TEXT("Text"), WORKS_CITED("Works cited"), REVIEW("Reviews"), COMMENT("Comments"), CITATION("Citations");

	private final String label;

	Part(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	static Part of(PassageRole role) {
		return switch (role) {
			case BODY -> TEXT;
			case WORKS_CITED -> WORKS_CITED;
			case REVIEW -> REVIEW;
			case COMMENT -> COMMENT;
		};
	}

}

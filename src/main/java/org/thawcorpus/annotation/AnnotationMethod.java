package org.thawcorpus.annotation;

/** How an annotation was made. */
public enum AnnotationMethod {

	/** A spelling of a register entry matched. */
	REGISTER_MATCH,
	/** A date pattern matched. */
	DATE_PATTERN

}

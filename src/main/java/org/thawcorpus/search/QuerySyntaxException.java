package org.thawcorpus.search;

/** A query the parser cannot read; the message says what to change. */
public class QuerySyntaxException extends RuntimeException {

	QuerySyntaxException(String message) {
		super(message);
	}

}

package org.thawcorpus.system;

/**
 * A request parameter the application cannot use: rendered as a 400 page or problem whose
 * message says, in a sentence a reader understands, what was wrong.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}

package org.thawcorpus.system;

/** Something the reader asked for does not exist: rendered as a 404 page or problem. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}

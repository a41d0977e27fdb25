package org.thawcorpus.importer;

/**
 * A source file that cannot be imported, with a sentence saying what is wrong and where.
 */
public class SourceFileException extends Exception {

	private final Integer line;

	public SourceFileException(String message, Integer line) {
		super(message);
		this.line = line;
	}

	/** The 1-based line where the problem is, or null when it concerns the whole file. */
	public Integer getLine() {
		return this.line;
	}

}

package org.thawcorpus.importer;

/** The outcome of importing one source file. */
public enum ImportStatus {

	/** The file was parsed and its document written (new or replaced). */
	IMPORTED,
	/** The file's content hash is unchanged since the last import; nothing was done. */
	UNCHANGED,
	/** The file could not be imported; any earlier import of it is left as it was. */
	FAILED,
	/**
	 * The path is not a source file (a special file, a broken link or a link loop, an
	 * empty folder) and was passed over.
	 */
	SKIPPED,
	/**
	 * The import stopped (the database could not be written) before it reached this file;
	 * never stored, only printed.
	 */
	NOT_IMPORTED

}

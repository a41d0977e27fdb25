package org.thawcorpus.importer;

/** The outcome of importing one source file. */
public enum ImportStatus {

	/** The file was parsed and its document written (new or replaced). */
	IMPORTED,
	/** The file's content hash is unchanged since the last import; nothing was done. */
	UNCHANGED,
	/** The file could not be imported; any earlier import of it is left as it was. */
	FAILED

}

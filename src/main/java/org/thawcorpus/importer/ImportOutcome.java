package org.thawcorpus.importer;

import org.thawcorpus.source.DocumentKind;

/**
 * What happened to one source file in an import run.
 *
 * @param path the file's path as walked, which identifies it
 * @param name the file's name in the report, relative to its configured source
 * @param status imported, unchanged, failed, skipped or not imported
 * @param kind the kind detected, or null if the file could not be read
 * @param message a sentence saying what happened
 * @param warnings how many warnings the file has
 */
public record ImportOutcome(String path, String name, ImportStatus status, DocumentKind kind, String message,
		int warnings) {

}

package org.thawcorpus.importer;

import java.time.Instant;
import java.util.List;

import org.thawcorpus.source.DocumentKind;

/**
 * The import report: what happened to each source file at its latest import.
 *
 * @param files one entry per file, by path
 * @param stopped why the latest import stopped before its end (the database could not be
 * written), or null
 */
public record ImportReport(List<FileReport> files, String stopped) {

	/**
	 * One file's outcome.
	 *
	 * @param file the file's own name
	 * @param path the file's path relative to its configured source, after that source's
	 * own name ("seeds/blog/post.txt"); never the server's path
	 * @param kind the kind detected, or null
	 * @param status imported, unchanged, failed or skipped
	 * @param message a sentence saying what happened
	 * @param documentSlug the document the file is in the corpus as, or null
	 * @param linesTotal non-blank lines in the file, or null if it could not be read
	 * @param linesAccounted non-blank lines that became something, or null
	 * @param warnings warnings with the line they concern
	 * @param unaccounted lines no rule accounted for
	 * @param attemptedAt when the file was last looked at
	 */
	public record FileReport(String file, String path, DocumentKind kind, ImportStatus status, String message,
			String documentSlug, Integer linesTotal, Integer linesAccounted, List<LineMessage> warnings,
			List<LineText> unaccounted, Instant attemptedAt) {

		/** The share of lines accounted for, 0-100, or null. */
		public Integer percentAccounted() {
			if (this.linesTotal == null || this.linesAccounted == null || this.linesTotal == 0) {
				return null;
			}
			return (int) Math.floor(this.linesAccounted * 100.0 / this.linesTotal);
		}

	}

	/**
	 * A message about a line (null for the whole file).
	 *
	 * @param line the 1-based line, or null
	 * @param message the message
	 */
	public record LineMessage(Integer line, String message) {

	}

	/**
	 * A line and its text.
	 *
	 * @param line the 1-based line
	 * @param text the text as it stands
	 */
	public record LineText(int line, String text) {

	}

}

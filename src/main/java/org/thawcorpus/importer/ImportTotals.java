package org.thawcorpus.importer;

/**
 * The import report in a few numbers.
 *
 * @param imported files imported at their latest attempt
 * @param unchanged files skipped because their content had not changed
 * @param failed files that could not be imported
 * @param skipped paths passed over: special files, broken links, link loops, empty
 * folders
 * @param linesPresent non-blank lines in the files that could be read
 * @param linesAccounted of those, the lines that became something
 */
public record ImportTotals(long imported, long unchanged, long failed, long skipped, long linesPresent,
		long linesAccounted) {

	public long files() {
		return this.imported + this.unchanged + this.failed + this.skipped;
	}

}

package org.thawcorpus.importer;

import java.util.List;

/**
 * What one import run did.
 *
 * @param outcomes one per path listed, in order
 * @param stopped why the run stopped before its end (the database could not be written),
 * or null if it went through
 */
public record ImportRun(List<ImportOutcome> outcomes, String stopped) {

	public ImportRun {
		outcomes = List.copyOf(outcomes);
	}

	/** How many outcomes have that status. */
	public long count(ImportStatus status) {
		return this.outcomes.stream().filter((o) -> o.status() == status).count();
	}

	/** Whether any file failed or the run stopped early. */
	public boolean failed() {
		return this.stopped != null || count(ImportStatus.FAILED) > 0;
	}

}

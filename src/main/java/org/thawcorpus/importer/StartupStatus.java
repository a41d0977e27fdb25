package org.thawcorpus.importer;

import java.util.Locale;

import org.thawcorpus.search.IndexStatus;

/**
 * What the start-up work is doing, for the corpus page, the notice on every other page
 * and {@code /api/import-status}.
 *
 * @param step {@code waiting} (the server is up, the work about to begin),
 * {@code register} (annotating the corpus with a changed register), {@code index}
 * (checking or rebuilding the search index), {@code import} or {@code done}
 * @param working whether the work is under way: the corpus may be incomplete
 * @param files the import's progress, or null before it begins
 * @param index the search index's state
 * @param notice the sentence that tells a reader what is going on, or null when nothing
 * is
 */
public record StartupStatus(String step, boolean working, Files files, Index index, String notice) {

	static StartupStatus of(Step step, ImportProgress progress, IndexStatus index) {
		Files files = (progress != null) ? new Files(progress.found(), progress.done(), progress.percent(),
				progress.current(), Math.round(progress.filesPerSecond() * 10) / 10.0,
				progress.timeLeft().map((d) -> d.toSeconds()).orElse(null), progress.timeLeftWords().orElse(null))
				: null;
		Index shown = new Index(index.phase().name().toLowerCase(Locale.ROOT),
				Math.min(index.indexed(), index.expected()), index.expected());
		boolean working = step != Step.DONE;
		return new StartupStatus(step.name().toLowerCase(Locale.ROOT), working, files, shown,
				working ? notice(step, files, index) : null);
	}

	private static String notice(Step step, Files files, IndexStatus index) {
		if (index.phase() == IndexStatus.Phase.REBUILDING) {
			return index.notice();
		}
		return switch (step) {
			case WAITING -> "The application has just started and is about to check the corpus; pages show what"
					+ " it holds so far.";
			case REGISTER -> "The corpus is being annotated again with the register's names; until that ends,"
					+ " names and dates are incomplete.";
			// After a rebuild the register's sync started, the index is complete while it
			// is
			// compared with the database again.
			case INDEX -> (index.notice() != null) ? index.notice()
					: "The search index is being compared with the corpus; until that ends, results may be"
							+ " incomplete.";
			case IMPORT -> "An import is under way"
					+ ((files != null && files.found() > 0)
							? " (" + number(files.done()) + " of " + number(files.found()) + " files)" : "")
					+ ": pages show what has been imported so far.";
			case DONE -> null;
		};
	}

	static String number(long n) {
		return String.format(Locale.ENGLISH, "%,d", n);
	}

	/** The step under way. */
	enum Step {

		WAITING, REGISTER, INDEX, IMPORT, DONE

	}

	/**
	 * An import's progress.
	 *
	 * @param found source files the configured folders hold
	 * @param done files whose import has ended
	 * @param percent of the files found, the share done
	 * @param current the file being imported, named inside its folder, or null
	 * @param perSecond files a second so far
	 * @param secondsLeft the time the rest will take at that pace, or null before a pace
	 * @param timeLeft the same in words ("3 min 12 s"), or null
	 */
	public record Files(int found, int done, int percent, String current, double perSecond, Long secondsLeft,
			String timeLeft) {

	}

	/**
	 * The search index's state.
	 *
	 * @param state {@code checking}, {@code rebuilding}, {@code complete} or
	 * {@code failed}
	 * @param indexed entries (passages and citations) written by the rebuild under way or
	 * last run
	 * @param expected entries the database held when that rebuild started
	 */
	public record Index(String state, long indexed, long expected) {

		/** Whether a rebuild is under way. */
		public boolean rebuilding() {
			return "rebuilding".equals(this.state);
		}

	}

}

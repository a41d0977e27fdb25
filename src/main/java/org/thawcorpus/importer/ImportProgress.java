package org.thawcorpus.importer;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How far an import has got.
 *
 * @param done files whose import has ended (imported, unchanged or failed)
 * @param found source files the configured folders hold
 * @param current the file being imported, named inside its configured folder
 * ({@code seeds/blog/post.txt}), or null between files and at the end
 * @param elapsed time since the first file was begun
 */
public record ImportProgress(int done, int found, String current, Duration elapsed) {

	/** Files a second so far; zero before the first file has ended. */
	public double filesPerSecond() {
		long millis = this.elapsed.toMillis();
		return (this.done == 0 || millis <= 0) ? 0 : this.done * 1000.0 / millis;
	}

	/** The time the files left will take at the pace so far, once there is a pace. */
	public Optional<Duration> timeLeft() {
		double rate = filesPerSecond();
		if (rate <= 0) {
			return Optional.empty();
		}
		return Optional.of(Duration.ofMillis(Math.round((this.found - this.done) * 1000 / rate)));
	}

	/** Of the files found, the share done, from 0 to 100. */
	public int percent() {
		return (this.found == 0) ? 100 : (int) (100L * this.done / this.found);
	}

	/** The time left in words ("3 min 12 s"), once there is a pace. */
	public Optional<String> timeLeftWords() {
		return timeLeft().map(ImportProgress::words);
	}

	/** A duration in hours, minutes and seconds, leaving out the larger units at zero. */
	static String words(Duration d) {
		long seconds = d.toSeconds();
		if (seconds >= 3600) {
			return String.format(Locale.ENGLISH, "%d h %d min", seconds / 3600, seconds % 3600 / 60);
		}
		if (seconds >= 60) {
			return String.format(Locale.ENGLISH, "%d min %d s", seconds / 60, seconds % 60);
		}
		return seconds + " s";
	}

}

package org.thawcorpus.source.book;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.Values;

/**
 * Reads the ratings summary a book page prints near its title and again above its
 * histogram: the average ("4.12", "4.12 avg rating", with a decimal comma "4,12") and the
 * counts ("203 ratings · 5 reviews", glued "33 ratings5 reviews", or one per line), and
 * checks them against the histogram.
 */
final class RatingsSummaryReader {

	private static final String RATING_WORDS = "(?:avg\\.?|average) +rating";

	private static final Pattern AVERAGE = Pattern.compile("(?i)(?:" + RATING_WORDS
			+ " *:? *)?([0-5](?:\\.\\d{1,2}|,\\d{2}))(?: *" + RATING_WORDS + "| +out +of +5)?");

	private static final Pattern COUNTS = Pattern
		.compile("(?i)(?:(" + Values.COUNT + ") *ratings?)? *(?:(" + Values.COUNT + ") *(?:text +)?reviews?)?");

	private static final Pattern DETAILS = Pattern.compile("(?i)rating +details");

	/** What separates the parts of a summary printed on one line. */
	private static final Pattern SEPARATOR = Pattern.compile(" *[·•|] *| +- +| *, +");

	/** How far a printed average may stray from the histogram's mean. */
	private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

	private final SourceLines lines;

	private final LineLedger ledger;

	private final List<SourceNote> notes;

	BigDecimal average;

	Integer ratings;

	Integer reviews;

	private int averageLine = -1;

	private int ratingsLine = -1;

	private int reviewsLine = -1;

	RatingsSummaryReader(SourceLines lines, LineLedger ledger, List<SourceNote> notes) {
		this.lines = lines;
		this.ledger = ledger;
		this.notes = notes;
	}

	/** Whether the whole line is a ratings summary, of any part. */
	static boolean isSummary(String trimmed) {
		return parts(trimmed) != null;
	}

	/**
	 * Reads the line if the whole of it is a ratings summary, recording its use.
	 * @return whether it was one
	 */
	boolean read(int n) {
		Summary summary = parts(this.lines.trimmed(n));
		if (summary == null) {
			return false;
		}
		List<String> labels = new ArrayList<>();
		if (summary.average != null) {
			labels.add("printed average");
			if (this.average == null) {
				this.average = summary.average;
				this.averageLine = n;
			}
			else if (this.average.compareTo(summary.average) != 0) {
				disagree(n, "an average rating of " + summary.average, this.averageLine, this.average.toPlainString());
			}
		}
		if (summary.ratings != null) {
			labels.add("printed ratings");
			if (this.ratings == null) {
				this.ratings = summary.ratings;
				this.ratingsLine = n;
			}
			else if (!this.ratings.equals(summary.ratings)) {
				disagree(n, count(summary.ratings, "rating"), this.ratingsLine, count(this.ratings, "rating"));
			}
		}
		if (summary.reviews != null) {
			labels.add("printed reviews");
			if (this.reviews == null) {
				this.reviews = summary.reviews;
				this.reviewsLine = n;
			}
			else if (!this.reviews.equals(summary.reviews)) {
				disagree(n, count(summary.reviews, "review"), this.reviewsLine, count(this.reviews, "review"));
			}
		}
		if (summary.details) {
			labels.add("Rating details");
		}
		this.ledger.assign(n, LineRole.METADATA, String.join("; ", labels), null);
		return true;
	}

	private void disagree(int n, String printed, int earlierLine, String earlier) {
		this.notes.add(new SourceNote(n, NoteKind.OTHER,
				"This line prints " + printed + " where line " + earlierLine + " prints " + earlier + "."));
	}

	/**
	 * Notes where the printed average is not within 0.01 of the histogram's mean, or the
	 * printed ratings are not its total; only a histogram of all five bars is checked.
	 */
	List<SourceNote> check(List<HistogramBar> bars) {
		List<SourceNote> result = new ArrayList<>();
		if (bars.size() != 5) {
			return result;
		}
		long total = 0;
		long stars = 0;
		for (HistogramBar bar : bars) {
			total += bar.count();
			stars += (long) bar.count() * bar.stars();
		}
		if (this.average != null && total > 0) {
			BigDecimal sum = BigDecimal.valueOf(stars);
			BigDecimal printedSum = this.average.multiply(BigDecimal.valueOf(total));
			if (printedSum.subtract(sum).abs().compareTo(TOLERANCE.multiply(BigDecimal.valueOf(total))) > 0) {
				BigDecimal mean = sum.divide(BigDecimal.valueOf(total), 3, RoundingMode.HALF_UP);
				result.add(new SourceNote(this.averageLine, NoteKind.HISTOGRAM_MISMATCH,
						"The page prints an average rating of " + this.average.toPlainString() + " but the histogram's "
								+ count((int) total, "rating") + " average " + mean.stripTrailingZeros().toPlainString()
								+ "."));
			}
		}
		if (this.ratings != null && this.ratings != total) {
			result.add(new SourceNote(this.ratingsLine, NoteKind.HISTOGRAM_MISMATCH,
					"The page prints " + count(this.ratings, "rating") + " but its histogram counts "
							+ BookText.count((int) total) + "."));
		}
		return result;
	}

	private static String count(int value, String noun) {
		return BookText.count(value) + " " + noun + ((value == 1) ? "" : "s");
	}

	/** The summary the whole line prints, or null if any part of it is something else. */
	private static Summary parts(String trimmed) {
		if (trimmed.isEmpty()) {
			return null;
		}
		Summary summary = new Summary();
		Matcher separator = SEPARATOR.matcher(trimmed);
		int start = 0;
		while (start <= trimmed.length()) {
			int end = separator.find(start) ? separator.start() : trimmed.length();
			if (!summary.add(trimmed.substring(start, end))) {
				return null;
			}
			start = (end < trimmed.length()) ? separator.end() : trimmed.length() + 1;
		}
		return summary;
	}

	/** The parts of one summary line, each at most once. */
	private static final class Summary {

		BigDecimal average;

		Integer ratings;

		Integer reviews;

		boolean details;

		boolean add(String part) {
			Matcher average = AVERAGE.matcher(part);
			Matcher counts = COUNTS.matcher(part);
			if (average.matches() && this.average == null) {
				this.average = new BigDecimal(average.group(1).replace(',', '.'));
				return true;
			}
			if (DETAILS.matcher(part).matches() && !this.details) {
				this.details = true;
				return true;
			}
			if (part.isBlank() || !counts.matches() || (counts.group(1) != null && this.ratings != null)
					|| (counts.group(2) != null && this.reviews != null)) {
				return false;
			}
			Integer ratingCount = Values.count(counts.group(1));
			Integer reviewCount = Values.count(counts.group(2));
			if ((counts.group(1) != null && ratingCount == null) || (counts.group(2) != null && reviewCount == null)) {
				return false;
			}
			this.ratings = (ratingCount != null) ? ratingCount : this.ratings;
			this.reviews = (reviewCount != null) ? reviewCount : this.reviews;
			return true;
		}

	}

}

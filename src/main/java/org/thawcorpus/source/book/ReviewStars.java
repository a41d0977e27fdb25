package org.thawcorpus.source.book;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.SourceNote;

/**
 * Compares the stars of the reviews a copy holds with the page's histogram of all
 * ratings. A copy keeps the reviews the site chose to show (the most liked, the newest),
 * which may be no fair sample of the readers' verdict; a historian quoting them should
 * know.
 * <p>
 * The difference is marked, and noted as {@link NoteKind#STARS_VS_HISTOGRAM}, when at
 * least {@value #LEAST_RATED} reviews present show stars and their mean differs from the
 * histogram's mean by more than {@value #MARKED} star. The histogram must show all five
 * bars and at least one rating.
 */
final class ReviewStars {

	/** The fewest rated reviews whose mean says anything. */
	static final int LEAST_RATED = 5;

	/** How far, in stars, the means may differ before the difference is marked. */
	static final double MARKED = 1.0;

	private ReviewStars() {
	}

	/** The note on the reviews' stars against the histogram, or null if none is due. */
	static SourceNote check(List<ParsedReview> reviews, List<HistogramBar> bars) {
		List<Integer> stars = reviews.stream().map(ParsedReview::rating).filter(Objects::nonNull).toList();
		if (stars.size() < LEAST_RATED || bars.size() != 5) {
			return null;
		}
		long total = 0;
		long sum = 0;
		for (HistogramBar bar : bars) {
			total += bar.count();
			sum += (long) bar.count() * bar.stars();
		}
		if (total == 0) {
			return null;
		}
		double histogramMean = (double) sum / total;
		double presentMean = stars.stream().mapToInt(Integer::intValue).average().orElse(0);
		if (Math.abs(presentMean - histogramMean) <= MARKED) {
			return null;
		}
		String direction = (presentMean < histogramMean) ? "harsher" : "kinder";
		// The note stands on the histogram's first bar.
		return new SourceNote(bars.get(0).line(), NoteKind.STARS_VS_HISTOGRAM,
				"The " + stars.size() + " rated reviews in this copy average " + format(presentMean)
						+ " stars, the histogram's " + BookText.count((int) Math.min(total, Integer.MAX_VALUE))
						+ " ratings " + format(histogramMean) + ": the reviews present are " + direction
						+ " than the readers' ratings as a whole.");
	}

	private static String format(double mean) {
		return String.format(Locale.ENGLISH, "%.1f", mean);
	}

}

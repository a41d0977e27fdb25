package org.thawcorpus.book;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A star histogram: how many readers gave each rating, with the percentages the page
 * printed. The total and average come from the counts, never from what the page printed.
 */
public final class RatingHistogram {

	private final Integer[] counts;

	private final Integer[] printed;

	private RatingHistogram(Integer[] counts, Integer[] printed) {
		this.counts = counts.clone();
		this.printed = printed.clone();
	}

	/**
	 * A histogram from counts and printed percentages indexed by stars - 1; null where
	 * the page shows nothing.
	 */
	public static RatingHistogram of(Integer[] counts, Integer[] printedPercents) {
		if (counts.length != 5 || printedPercents.length != 5) {
			throw new IllegalArgumentException("A histogram has five bars");
		}
		return new RatingHistogram(counts, printedPercents);
	}

	/** Whether the page showed a histogram at all. */
	public boolean isPresent() {
		for (Integer count : this.counts) {
			if (count != null) {
				return true;
			}
		}
		return false;
	}

	/** Readers who gave that many stars, or null if the page does not say. */
	public Integer count(int stars) {
		return this.counts[stars - 1];
	}

	/** The percentage printed beside the bar, or null. */
	public Integer printedPercent(int stars) {
		return this.printed[stars - 1];
	}

	/** The sum of the counts. */
	public int total() {
		int total = 0;
		for (Integer count : this.counts) {
			total += (count != null) ? count : 0;
		}
		return total;
	}

	/**
	 * The share of the total, 0-100, with one decimal; null when there are no ratings.
	 */
	public BigDecimal percent(int stars) {
		int total = total();
		Integer count = count(stars);
		if (total == 0 || count == null) {
			return null;
		}
		return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
	}

	/** The mean rating to two decimals, or null when there are no ratings. */
	public BigDecimal average() {
		int total = total();
		if (total == 0) {
			return null;
		}
		long sum = 0;
		for (int stars = 1; stars <= 5; stars++) {
			Integer count = count(stars);
			sum += (count != null) ? (long) count * stars : 0;
		}
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
	}

	/** The bars, 5 stars first. */
	public List<Bar> bars() {
		List<Bar> bars = new ArrayList<>(5);
		for (int stars = 5; stars >= 1; stars--) {
			bars.add(new Bar(stars, count(stars), printedPercent(stars), percent(stars)));
		}
		return bars;
	}

	/**
	 * One bar.
	 *
	 * @param stars 1 to 5
	 * @param count readers, or null if not shown
	 * @param printedPercent the percentage the page printed, or null
	 * @param percent the share computed from the counts, or null
	 */
	public record Bar(int stars, Integer count, Integer printedPercent, BigDecimal percent) {

	}

}

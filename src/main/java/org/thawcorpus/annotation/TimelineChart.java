package org.thawcorpus.annotation;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the timeline's chart, for an SVG the template draws: a slot per year
 * from the first year or period mentioned to the last, a bar per year with mentions (the
 * year itself stacked under the ranges of years that cover it), and under the axis a band
 * per period (a decade or a century), packed into rows. Coordinates are in the SVG's own
 * units.
 *
 * @param width the SVG's width
 * @param height its height
 * @param plotLeft the left edge of the plot area
 * @param plotRight its right edge
 * @param plotTop its top
 * @param plotBottom its bottom, the axis
 * @param bars a bar per year with mentions
 * @param bands a band per period
 * @param yearTicks labelled years along the axis
 * @param yearLabelY where the years' labels stand, under the bands
 * @param countTicks labelled counts up the side
 */
public record TimelineChart(int width, int height, double plotLeft, double plotRight, double plotTop, double plotBottom,
		List<Bar> bars, List<Band> bands, List<Tick> yearTicks, double yearLabelY, List<Tick> countTicks) {

	static final int WIDTH = 960;

	static final int HEIGHT = 280;

	static final double LEFT = 48;

	static final double RIGHT = 8;

	static final double TOP = 12;

	static final double BOTTOM = 40;

	/** The height of a row of period bands, gap included. */
	static final double BAND_ROW = 14;

	/** The chart of some years and periods, each in order; null if there are none. */
	static TimelineChart of(List<YearCount> years, List<PeriodCount> periods) {
		if (years.isEmpty() && periods.isEmpty()) {
			return null;
		}
		int first = Integer.MAX_VALUE;
		int last = Integer.MIN_VALUE;
		for (YearCount year : years) {
			first = Math.min(first, year.year());
			last = Math.max(last, year.year());
		}
		for (PeriodCount period : periods) {
			first = Math.min(first, period.from());
			last = Math.max(last, period.to());
		}
		int slots = last - first + 1;
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double slot = plotWidth / slots;
		double barWidth = Math.max(1, slot * 0.8);
		long max = Math.max(1, years.stream().mapToLong(YearCount::mentions).max().orElse(1));
		List<Bar> bars = new ArrayList<>();
		for (YearCount year : years) {
			double x = LEFT + (year.year() - first) * slot + (slot - barWidth) / 2;
			double namedHeight = plotHeight * year.named() / max;
			double periodHeight = plotHeight * year.withinPeriods() / max;
			double namedY = TOP + plotHeight - namedHeight;
			bars.add(new Bar(year.year(), round(x), round(barWidth), round(namedY), round(namedHeight),
					round(namedY - periodHeight), round(periodHeight), label(year)));
		}
		double axis = TOP + plotHeight;
		List<Band> bands = new ArrayList<>();
		List<Integer> rowEnds = new ArrayList<>();
		for (PeriodCount period : periods) {
			int row = 0;
			while (row < rowEnds.size() && rowEnds.get(row) >= period.from()) {
				row++;
			}
			if (row == rowEnds.size()) {
				rowEnds.add(period.to());
			}
			else {
				rowEnds.set(row, period.to());
			}
			double x = LEFT + (period.from() - first) * slot;
			bands.add(new Band(period.from(), period.to(), period.path(), round(x),
					round(Math.max(1, (period.to() - period.from() + 1) * slot)), round(axis + 6 + row * BAND_ROW),
					label(period)));
		}
		double yearLabelY = axis + 18 + rowEnds.size() * BAND_ROW;
		int step = (slots <= 20) ? 1 : (slots <= 60) ? 5 : (slots <= 150) ? 10 : (slots <= 400) ? 25 : 50;
		List<Tick> yearTicks = new ArrayList<>();
		for (int y = first; y <= last; y++) {
			if (y % step == 0 || (step > 1 && slots <= step)) {
				yearTicks.add(new Tick(String.valueOf(y), round(LEFT + (y - first + 0.5) * slot)));
			}
		}
		List<Tick> countTicks = new ArrayList<>();
		countTicks.add(new Tick("0", axis));
		if (max >= 2) {
			countTicks.add(new Tick(String.valueOf(max / 2), round(axis - plotHeight * (max / 2) / max)));
		}
		countTicks.add(new Tick(String.valueOf(max), TOP));
		return new TimelineChart(WIDTH, (int) Math.ceil(yearLabelY + BOTTOM - 18), LEFT, WIDTH - RIGHT, TOP, axis, bars,
				bands, yearTicks, round(yearLabelY), countTicks);
	}

	static String label(YearCount year) {
		return year.year() + ": " + plural(year.mentions(), "mention") + " (" + year.named() + " of the year itself, "
				+ year.withinPeriods() + " of a longer range) in " + plural(year.passages(), "passage") + " of "
				+ plural(year.documents(), "document");
	}

	static String label(PeriodCount period) {
		return "The " + period.label() + " (" + period.from() + "–" + period.to() + "): "
				+ plural(period.mentions(), "mention") + " in " + plural(period.passages(), "passage") + " of "
				+ plural(period.documents(), "document");
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/**
	 * A year's bar: the year itself at the bottom, the ranges covering it on top.
	 *
	 * @param year the year
	 * @param x the bar's left edge
	 * @param width its width
	 * @param namedY the top of the part for the year itself
	 * @param namedHeight its height
	 * @param periodY the top of the part for longer ranges
	 * @param periodHeight its height
	 * @param label what the bar says, in words
	 */
	public record Bar(int year, double x, double width, double namedY, double namedHeight, double periodY,
			double periodHeight, String label) {

	}

	/**
	 * A period's band under the axis, from its first year's slot to its last's.
	 *
	 * @param from the period's first year
	 * @param to its last year
	 * @param href the address of its mentions
	 * @param x the band's left edge
	 * @param width its width
	 * @param y its top
	 * @param label what the band says, in words
	 */
	public record Band(int from, int to, String href, double x, double width, double y, String label) {

	}

	/**
	 * A labelled position on an axis.
	 *
	 * @param label the text
	 * @param at the position along the axis
	 */
	public record Tick(String label, double at) {

	}

}

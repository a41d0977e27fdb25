package org.thawcorpus.annotation;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the timeline's bar chart, for an SVG the template draws: a slot per
 * year from the first year mentioned to the last, a bar per year with mentions, the year
 * itself stacked under the periods that cover it. Coordinates are in the SVG's own units.
 *
 * @param width the SVG's width
 * @param height its height
 * @param plotLeft the left edge of the plot area
 * @param plotRight its right edge
 * @param plotTop its top
 * @param plotBottom its bottom, the axis
 * @param bars a bar per year with mentions
 * @param yearTicks labelled years along the axis
 * @param countTicks labelled counts up the side
 */
public record TimelineChart(int width, int height, double plotLeft, double plotRight, double plotTop, double plotBottom,
		List<Bar> bars, List<Tick> yearTicks, List<Tick> countTicks) {

	static final int WIDTH = 960;

	static final int HEIGHT = 280;

	static final double LEFT = 48;

	static final double RIGHT = 8;

	static final double TOP = 12;

	static final double BOTTOM = 40;

	/** The chart of some years, in order; null if there are none. */
	static TimelineChart of(List<YearCount> years) {
		if (years.isEmpty()) {
			return null;
		}
		int first = years.get(0).year();
		int last = years.get(years.size() - 1).year();
		int slots = last - first + 1;
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double slot = plotWidth / slots;
		double barWidth = Math.max(1, slot * 0.8);
		long max = years.stream().mapToLong(YearCount::mentions).max().orElse(1);
		List<Bar> bars = new ArrayList<>();
		for (YearCount year : years) {
			double x = LEFT + (year.year() - first) * slot + (slot - barWidth) / 2;
			double namedHeight = plotHeight * year.named() / max;
			double periodHeight = plotHeight * year.withinPeriods() / max;
			double namedY = TOP + plotHeight - namedHeight;
			bars.add(new Bar(year.year(), round(x), round(barWidth), round(namedY), round(namedHeight),
					round(namedY - periodHeight), round(periodHeight), label(year)));
		}
		int step = (slots <= 20) ? 1 : (slots <= 60) ? 5 : (slots <= 150) ? 10 : (slots <= 400) ? 25 : 50;
		List<Tick> yearTicks = new ArrayList<>();
		for (int y = first; y <= last; y++) {
			if (y % step == 0 || (step > 1 && slots <= step)) {
				yearTicks.add(new Tick(String.valueOf(y), round(LEFT + (y - first + 0.5) * slot)));
			}
		}
		List<Tick> countTicks = new ArrayList<>();
		countTicks.add(new Tick("0", TOP + plotHeight));
		if (max >= 2) {
			countTicks.add(new Tick(String.valueOf(max / 2), round(TOP + plotHeight - plotHeight * (max / 2) / max)));
		}
		countTicks.add(new Tick(String.valueOf(max), TOP));
		return new TimelineChart(WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, TOP + plotHeight, bars, yearTicks,
				countTicks);
	}

	static String label(YearCount year) {
		return year.year() + ": " + plural(year.mentions(), "mention") + " (" + year.named() + " of the year itself, "
				+ year.withinPeriods() + " of a longer period) in " + plural(year.passages(), "passage") + " of "
				+ plural(year.documents(), "document");
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/**
	 * A year's bar: the year itself at the bottom, the periods covering it on top.
	 *
	 * @param year the year
	 * @param x the bar's left edge
	 * @param width its width
	 * @param namedY the top of the part for the year itself
	 * @param namedHeight its height
	 * @param periodY the top of the part for longer periods
	 * @param periodHeight its height
	 * @param label what the bar says, in words
	 */
	public record Bar(int year, double x, double width, double namedY, double namedHeight, double periodY,
			double periodHeight, String label) {

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

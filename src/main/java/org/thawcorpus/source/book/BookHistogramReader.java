package org.thawcorpus.source.book;

import java.util.ArrayList;
import java.util.Comparator;
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
 * Reads a star histogram, a label line ("5 stars") then a count line ("11 (33%)") or both
 * on one line, and checks its printed percentages against its counts.
 */
final class BookHistogramReader {

	private static final String LABEL = "([1-5]) *stars?";

	// "<1%" is printed for a bar under one percent: not a whole number, so the bar's
	// printed percent is null, and it is checked as if 0 was printed.
	private static final String COUNT = "(" + Values.COUNT + ")(?: *\\( *(<)? *(\\d{1,3}) *% *\\))?";

	private static final Pattern LABEL_LINE = Pattern.compile("(?i)" + LABEL);

	private static final Pattern COUNT_LINE = Pattern.compile(COUNT);

	private static final Pattern BAR_LINE = Pattern.compile("(?i)" + LABEL + " *" + COUNT);

	/** How far a printed percentage may stray from the counts' for rounding. */
	private static final int TOLERANCE = 1;

	private final SourceLines lines;

	private final LineLedger ledger;

	private final List<HistogramBar> bars = new ArrayList<>();

	private final List<Boolean> underOne = new ArrayList<>();

	BookHistogramReader(SourceLines lines, LineLedger ledger) {
		this.lines = lines;
		this.ledger = ledger;
	}

	/**
	 * Reads the bars starting at the line, recording their lines' uses. Stops at a line
	 * that is no bar, or at a bar for stars already read.
	 * @return the last line read, or -1 if no bar starts at the line
	 */
	int read(int first) {
		int last = -1;
		int n = first;
		Bar bar = bar(n);
		while (bar != null && !has(bar.stars)) {
			this.bars.add(new HistogramBar(bar.stars, bar.count, bar.printed, bar.countLine));
			this.underOne.add(bar.underOne);
			String use = "histogram " + bar.stars + ((bar.stars == 1) ? " star" : " stars");
			this.ledger.assign(n, LineRole.METADATA, use, null);
			if (bar.countLine != n) {
				this.ledger.assign(bar.countLine, LineRole.METADATA, use, null);
			}
			last = bar.countLine;
			n = this.lines.nextNonBlank(last + 1);
			bar = (n > 0) ? bar(n) : null;
		}
		return last;
	}

	/** The bar whose label is at the line, or null if none is. */
	private Bar bar(int n) {
		String text = this.lines.trimmed(n);
		Matcher oneLine = BAR_LINE.matcher(text);
		if (oneLine.matches()) {
			return bar(oneLine.group(1), oneLine, 2, n);
		}
		Matcher label = LABEL_LINE.matcher(text);
		int countLine = this.lines.nextNonBlank(n + 1);
		if (!label.matches() || countLine < 0) {
			return null;
		}
		Matcher count = COUNT_LINE.matcher(this.lines.trimmed(countLine));
		return count.matches() ? bar(label.group(1), count, 1, countLine) : null;
	}

	private static Bar bar(String stars, Matcher count, int group, int countLine) {
		Integer value = Values.count(count.group(group));
		if (value == null) {
			return null;
		}
		boolean under = count.group(group + 1) != null;
		String digits = count.group(group + 2);
		Integer printed = (digits == null || under) ? null : Integer.valueOf(digits);
		return new Bar(Integer.parseInt(stars), value, printed, under, countLine);
	}

	private boolean has(int stars) {
		return this.bars.stream().anyMatch((bar) -> bar.stars() == stars);
	}

	/** The bars read, 5 stars first. */
	List<HistogramBar> bars() {
		return this.bars.stream().sorted(Comparator.comparingInt(HistogramBar::stars).reversed()).toList();
	}

	/**
	 * A note for each bar whose printed percentage is not its share of the counts' total,
	 * rounded, within one point.
	 */
	List<SourceNote> check() {
		int total = this.bars.stream().mapToInt(HistogramBar::count).sum();
		List<SourceNote> notes = new ArrayList<>();
		for (int i = 0; i < this.bars.size(); i++) {
			HistogramBar bar = this.bars.get(i);
			Integer printed = this.underOne.get(i) ? Integer.valueOf(0) : bar.printedPercent();
			if (printed == null) {
				continue;
			}
			long share = (total == 0) ? 0 : Math.round(bar.count() * 100.0 / total);
			if (Math.abs(printed - share) > TOLERANCE) {
				notes.add(new SourceNote(bar.line(), NoteKind.HISTOGRAM_MISMATCH,
						"The " + bar.stars() + "-star bar prints " + (this.underOne.get(i) ? "<1" : printed) + "% but "
								+ BookText.count(bar.count()) + " of " + BookText.count(total) + " ratings make "
								+ share + "%."));
			}
		}
		return notes;
	}

	private record Bar(int stars, int count, Integer printed, boolean underOne, int countLine) {

	}

}

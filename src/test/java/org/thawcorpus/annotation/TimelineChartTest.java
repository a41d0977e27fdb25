package org.thawcorpus.annotation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineChartTest {

	@Test
	void givesEveryYearFromFirstToLastASlotAndABarToYearsWithMentions() {
		TimelineChart chart = TimelineChart.of(List.of(new YearCount(1950, 2, 2, 2, 1),
				new YearCount(1956, 10, 6, 8, 3), new YearCount(1959, 1, 0, 1, 1)), List.of());
		assertThat(chart.bars()).extracting(TimelineChart.Bar::year).containsExactly(1950, 1956, 1959);
		double slot = (TimelineChart.WIDTH - TimelineChart.LEFT - TimelineChart.RIGHT) / 10;
		assertThat(chart.bars().get(1).x() - chart.bars().get(0).x()).isCloseTo(6 * slot,
				org.assertj.core.data.Offset.offset(0.02));
		TimelineChart.Bar peak = chart.bars().get(1);
		assertThat(peak.namedHeight() + peak.periodHeight()).isCloseTo(chart.plotBottom() - chart.plotTop(),
				org.assertj.core.data.Offset.offset(0.02));
		assertThat(peak.namedHeight() / peak.periodHeight()).isCloseTo(6.0 / 4,
				org.assertj.core.data.Offset.offset(0.01));
		assertThat(chart.yearTicks()).extracting(TimelineChart.Tick::label).contains("1950", "1956", "1959");
		assertThat(chart.countTicks()).extracting(TimelineChart.Tick::label).containsExactly("0", "5", "10");
	}

	@Test
	void saysWhatEachBarShowsInWords() {
		assertThat(TimelineChart.label(new YearCount(1956, 1, 1, 1, 1)))
			.isEqualTo("1956: 1 mention (1 of the year itself, 0 of a longer range) in 1 passage of 1 document");
	}

	@Test
	void drawsEachPeriodAsOneBandUnderTheAxisOverTheYearsItCovers() {
		TimelineChart chart = TimelineChart.of(List.of(new YearCount(1956, 10, 6, 8, 3)),
				List.of(new PeriodCount(1950, 1959, 2, 2, 1), new PeriodCount(1950, 1953, 1, 1, 1),
						new PeriodCount(1980, 1989, 1, 1, 1)));
		assertThat(chart.bars()).extracting(TimelineChart.Bar::year).containsExactly(1956);
		assertThat(chart.bands()).extracting(TimelineChart.Band::label)
			.containsExactly("The 1950s (1950–1959): 2 mentions in 2 passages of 1 document",
					"The early 1950s (1950–1953): 1 mention in 1 passage of 1 document",
					"The 1980s (1980–1989): 1 mention in 1 passage of 1 document");
		double slot = (TimelineChart.WIDTH - TimelineChart.LEFT - TimelineChart.RIGHT) / 40;
		TimelineChart.Band fifties = chart.bands().get(0);
		assertThat(fifties.width()).isCloseTo(10 * slot, org.assertj.core.data.Offset.offset(0.02));
		assertThat(fifties.y()).isGreaterThan(chart.plotBottom());
		// The early 1950s overlap the 1950s: a row further down; the 1980s fit the first
		// row.
		assertThat(chart.bands().get(1).y()).isGreaterThan(fifties.y());
		assertThat(chart.bands().get(2).y()).isEqualTo(fifties.y());
		assertThat(chart.bands().get(2).href()).isEqualTo("/timeline/periods/1980-1989");
		assertThat(chart.yearLabelY()).isGreaterThan(chart.bands().get(1).y());
	}

	@Test
	void hasNoChartWithoutYearsOrPeriods() {
		assertThat(TimelineChart.of(List.of(), List.of())).isNull();
	}

}

package org.thawcorpus.annotation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.annotation.parse.Periods;
import org.thawcorpus.document.PassageLinks;
import org.thawcorpus.system.NotFoundException;

/**
 * Reads the years and periods the corpus mentions: the timeline, a year's or a period's
 * mentions, and their JSON. Dates of publications (in citations and titles) are not on
 * it.
 */
@Service
public class TimelineService {

	private final AnnotationRepository annotations;

	private final PassageLinks links;

	TimelineService(AnnotationRepository annotations, PassageLinks links) {
		this.annotations = annotations;
		this.links = links;
	}

	/** Every year and period mentioned, with its counts and chart. */
	@Transactional(readOnly = true)
	public Timeline timeline() {
		List<YearCount> years = this.annotations.countByYear()
			.stream()
			.map((row) -> new YearCount(((Number) row[0]).intValue(), ((Number) row[1]).longValue(),
					((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue()))
			.toList();
		List<PeriodCount> periods = this.annotations.countByPeriod()
			.stream()
			.map((row) -> new PeriodCount(((Number) row[0]).intValue(), ((Number) row[1]).intValue(),
					((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue()))
			.toList();
		return new Timeline(years, periods, TimelineChart.of(years, periods));
	}

	/**
	 * One page (0-based) of the mentions of a year, or of a range of years covering it,
	 * in context: in date order, then document order.
	 * @throws NotFoundException if the corpus mentions no date in that year
	 */
	@Transactional(readOnly = true)
	public Page<MentionView> year(int year, int page, int size) {
		Page<MentionView> found = this.annotations.findByYear(year, PageRequest.of(page, size))
			.map((a) -> MentionView.of(a, this.links));
		if (found.getTotalElements() == 0) {
			throw new NotFoundException("No passage of the corpus mentions a date in " + year + ".");
		}
		return found;
	}

	/**
	 * One page (0-based) of the mentions of a period, in context, in document order.
	 * @throws NotFoundException if the corpus does not mention that period
	 */
	@Transactional(readOnly = true)
	public Page<MentionView> period(int from, int to, int page, int size) {
		Page<MentionView> found = this.annotations.findByPeriod(from, to, PageRequest.of(page, size))
			.map((a) -> MentionView.of(a, this.links));
		if (found.getTotalElements() == 0) {
			throw new NotFoundException("No passage of the corpus mentions the period " + Periods.label(from, to) + " ("
					+ from + " to " + to + ").");
		}
		return found;
	}

	/**
	 * Every year with every mention that covers it, in date order, then document order.
	 */
	@Transactional(readOnly = true)
	public List<YearMentions> all() {
		Map<Integer, List<YearMentions.Mention>> byYear = new TreeMap<>();
		for (Object[] row : this.annotations.findAllYearMentions()) {
			byYear.computeIfAbsent(((Number) row[0]).intValue(), (y) -> new ArrayList<>())
				.add(new YearMentions.Mention((String) row[1], (String) row[2], (String) row[3], (String) row[4]));
		}
		return byYear.entrySet().stream().map((e) -> new YearMentions(e.getKey(), e.getValue())).toList();
	}

	/** Every period with every mention that names it, in document order. */
	@Transactional(readOnly = true)
	public List<PeriodMentions> periods() {
		Map<String, List<YearMentions.Mention>> byPeriod = new LinkedHashMap<>();
		for (Object[] row : this.annotations.findAllPeriodMentions()) {
			byPeriod
				.computeIfAbsent(Periods.key(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
						(k) -> new ArrayList<>())
				.add(new YearMentions.Mention((String) row[2], (String) row[3], (String) row[4], (String) row[5]));
		}
		return byPeriod.entrySet()
			.stream()
			.map((e) -> PeriodMentions.of(Periods.from(e.getKey()), Periods.to(e.getKey()), e.getValue()))
			.toList();
	}

}

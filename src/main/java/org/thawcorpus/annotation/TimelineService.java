package org.thawcorpus.annotation;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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
		List<YearCount> years = years();
		List<PeriodCount> periods = periods();
		return new Timeline(years, periods, TimelineChart.of(years, periods));
	}

	/**
	 * Every year mentioned (of itself or of a range of years), with its counts, in order.
	 */
	@Transactional(readOnly = true)
	public List<YearCount> years() {
		return this.annotations.countByYear()
			.stream()
			.map((row) -> new YearCount(((Number) row[0]).intValue(), ((Number) row[1]).longValue(),
					((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue()))
			.toList();
	}

	/** Every period (decade or century) mentioned, with its counts, in order. */
	@Transactional(readOnly = true)
	public List<PeriodCount> periods() {
		return this.annotations.countByPeriod()
			.stream()
			.map((row) -> new PeriodCount(((Number) row[0]).intValue(), ((Number) row[1]).intValue(),
					((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue()))
			.toList();
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
	 * One page of the mentions of a year (or of a range of years covering it), as data:
	 * in date order, then document order.
	 * @throws NotFoundException if the corpus mentions no date in that year
	 */
	@Transactional(readOnly = true)
	public Page<TimelineMention> yearMentions(int year, Pageable page) {
		Page<TimelineMention> found = this.annotations.findByYear(year, page).map(TimelineMention::of);
		if (found.getTotalElements() == 0) {
			throw new NotFoundException("No passage of the corpus mentions a date in " + year + ".");
		}
		return found;
	}

	/**
	 * One page of the mentions of a period, as data, in document order.
	 * @throws NotFoundException if the corpus does not mention that period
	 */
	@Transactional(readOnly = true)
	public Page<TimelineMention> periodMentions(int from, int to, Pageable page) {
		Page<TimelineMention> found = this.annotations.findByPeriod(from, to, page).map(TimelineMention::of);
		if (found.getTotalElements() == 0) {
			throw new NotFoundException("No passage of the corpus mentions the period " + Periods.label(from, to) + " ("
					+ from + " to " + to + ").");
		}
		return found;
	}

}

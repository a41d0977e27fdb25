package org.thawcorpus.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.document.PassageLinks;
import org.thawcorpus.system.NotFoundException;

/**
 * Reads the years the corpus mentions: the timeline, a year's mentions, and their JSON.
 */
@Service
public class TimelineService {

	private final AnnotationRepository annotations;

	private final PassageLinks links;

	TimelineService(AnnotationRepository annotations, PassageLinks links) {
		this.annotations = annotations;
		this.links = links;
	}

	/** Every year mentioned, with its counts and chart. */
	@Transactional(readOnly = true)
	public Timeline timeline() {
		List<YearCount> years = this.annotations.countByYear()
			.stream()
			.map((row) -> new YearCount(((Number) row[0]).intValue(), ((Number) row[1]).longValue(),
					((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue()))
			.toList();
		return new Timeline(years, TimelineChart.of(years));
	}

	/**
	 * One page (0-based) of the mentions that cover a year, in context.
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

	/** Every year with every mention that covers it, in order. */
	@Transactional(readOnly = true)
	public List<YearMentions> all() {
		Map<Integer, List<YearMentions.Mention>> byYear = new TreeMap<>();
		for (Object[] row : this.annotations.findAllYearMentions()) {
			byYear.computeIfAbsent(((Number) row[0]).intValue(), (y) -> new ArrayList<>())
				.add(new YearMentions.Mention((String) row[1], (String) row[2], (String) row[3], (String) row[4]));
		}
		return byYear.entrySet().stream().map((e) -> new YearMentions(e.getKey(), e.getValue())).toList();
	}

}

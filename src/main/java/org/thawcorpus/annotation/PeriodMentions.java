package org.thawcorpus.annotation;

import java.util.List;

import org.thawcorpus.annotation.parse.Periods;

/**
 * A period (a decade or a century) with the mentions that name it.
 *
 * @param period its key, first and last years ("1950/1959")
 * @param label how it reads ("1950s")
 * @param from its first year
 * @param to its last year
 * @param mentions the mentions, in document order
 */
public record PeriodMentions(String period, String label, int from, int to, List<YearMentions.Mention> mentions) {

	public PeriodMentions {
		mentions = List.copyOf(mentions);
	}

	static PeriodMentions of(int from, int to, List<YearMentions.Mention> mentions) {
		return new PeriodMentions(Periods.key(from, to), Periods.label(from, to), from, to, mentions);
	}

}

package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.thawcorpus.annotation.Recognitions;
import org.thawcorpus.annotation.parse.DateMention;
import org.thawcorpus.annotation.parse.EntityMention;
import org.thawcorpus.annotation.parse.EntityRecognizer;
import org.thawcorpus.annotation.parse.Periods;
import org.thawcorpus.annotation.parse.TextRecognition;

/**
 * What a text names, recognised by the register's recogniser (the one that makes the
 * annotations) and the date rules: the names and every variant spelling of the entries it
 * mentions, inner names included, so that a search for Kruschev finds a passage that
 * writes Khrushchev; each name as written, for "also found as"; and the years and periods
 * of history it mentions, for the "year mentioned" facet. No query is run.
 */
@Component
class RecognizedNames {

	/** Between an entry's id and a spelling as written, in the forms field. */
	static final char FORM_SEPARATOR = ':';

	private final Recognitions recognitions;

	RecognizedNames(Recognitions recognitions) {
		this.recognitions = recognitions;
	}

	/**
	 * What a text names.
	 * @param wholeIsCitation whether the text is itself a citation (an entry of a
	 * works-cited list, or a citation's text): its dates are publications
	 */
	Recognized of(String text, boolean wholeIsCitation) {
		TextRecognition recognized = this.recognitions.of(text);
		List<EntityMention> mentions = recognized.withInnerNames();
		Set<String> forms = new LinkedHashSet<>();
		for (EntityMention mention : mentions) {
			forms.add(mention.entry().id() + FORM_SEPARATOR + mention.text().strip().replaceAll("\\s+", " "));
		}
		TreeSet<String> mentioned = new TreeSet<>(RecognizedNames::byYear);
		for (DateMention date : recognized.datesWithInnerNames(wholeIsCitation)) {
			mentioned.addAll(date.facetValues());
		}
		return new Recognized(EntityRecognizer.searchTerms(mentions), forms, new ArrayList<>(mentioned),
				NamePlaces.store(mentions));
	}

	/** Years and periods by first year, then last: "1950/1959" before "1953". */
	static int byYear(String a, String b) {
		int from = Integer.compare(first(a), first(b));
		return (from != 0) ? from : Integer.compare(last(a), last(b));
	}

	private static int first(String value) {
		return Periods.isKey(value) ? Periods.from(value) : Integer.parseInt(value);
	}

	private static int last(String value) {
		return Periods.isKey(value) ? Periods.to(value) : Integer.parseInt(value);
	}

	/**
	 * What a text names.
	 *
	 * @param names the names and spellings of the entries it mentions
	 * @param forms each mention as written, after its entry's id
	 * ("nikita-khrushchev:Hruščev")
	 * @param mentioned the years ("1956") and periods ("1950/1959") of history it
	 * mentions
	 * @param places where it mentions the entries ({@link NamePlaces}), or null if none
	 */
	record Recognized(Collection<String> names, Collection<String> forms, Collection<String> mentioned, String places) {

	}

}

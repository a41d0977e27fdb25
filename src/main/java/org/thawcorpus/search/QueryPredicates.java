package org.thawcorpus.search;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesStep;
import org.thawcorpus.search.QueryNode.All;
import org.thawcorpus.search.QueryNode.Any;
import org.thawcorpus.search.QueryNode.Fuzzy;
import org.thawcorpus.search.QueryNode.Not;
import org.thawcorpus.search.QueryNode.Phrase;
import org.thawcorpus.search.QueryNode.Prefix;
import org.thawcorpus.search.QueryNode.Word;

/** Turns a parsed query into a Hibernate Search predicate over the searched fields. */
final class QueryPredicates {

	private static final String[] FIELDS = HitFields.SEARCHED.toArray(String[]::new);

	private QueryPredicates() {
	}

	static PredicateFinalStep of(SearchPredicateFactory f, QueryNode node) {
		if (node instanceof Word word) {
			// A phrase predicate, so a hyphenated word ("de-Stalinization") keeps its
			// parts together.
			return f.phrase().fields(FIELDS).matching(word.text());
		}
		if (node instanceof Phrase phrase) {
			return f.phrase().fields(FIELDS).matching(phrase.text());
		}
		if (node instanceof Prefix prefix) {
			return f.prefix().fields(FIELDS).matching(prefix.text());
		}
		if (node instanceof Fuzzy fuzzy) {
			return f.match().fields(FIELDS).matching(fuzzy.text()).fuzzy(2, 1);
		}
		if (node instanceof Not not) {
			return f.not(of(f, not.part()));
		}
		if (node instanceof Any any) {
			SimpleBooleanPredicateClausesStep<?, ?> or = f.or();
			any.parts().forEach((part) -> or.add(of(f, part)));
			return or;
		}
		All all = (All) node;
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		for (QueryNode part : all.parts()) {
			if (part instanceof Not not) {
				bool.mustNot(of(f, not.part()));
			}
			else {
				bool.must(of(f, part));
			}
		}
		return bool;
	}

}

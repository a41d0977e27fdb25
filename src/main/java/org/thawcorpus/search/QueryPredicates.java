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

/**
 * Turns a parsed query into a Hibernate Search predicate: words and phrases match the
 * text or a whole name the text mentions; prefixes and loose spellings match the text.
 */
final class QueryPredicates {

	private QueryPredicates() {
	}

	static PredicateFinalStep of(SearchPredicateFactory f, QueryNode node) {
		return build(f, node);
	}

	/** A passage or citation that mentions something by this name, or a variant of it. */
	private static PredicateFinalStep name(SearchPredicateFactory f, String text) {
		return f.match().field(HitFields.NAMES).matching(text.strip().replaceAll("\\s+", " "));
	}

	private static PredicateFinalStep build(SearchPredicateFactory f, QueryNode node) {
		if (node instanceof Word word) {
			// A phrase predicate, so a hyphenated word ("de-Stalinization") keeps its
			// parts together.
			return f.or(f.phrase().field(HitFields.TEXT).matching(word.text()), name(f, word.text()));
		}
		if (node instanceof Phrase phrase) {
			return f.or(f.phrase().field(HitFields.TEXT).matching(phrase.text()), name(f, phrase.text()));
		}
		if (node instanceof Prefix prefix) {
			return f.prefix().field(HitFields.TEXT).matching(prefix.text());
		}
		if (node instanceof Fuzzy fuzzy) {
			return f.match().field(HitFields.TEXT).matching(fuzzy.text()).fuzzy(2, 1);
		}
		if (node instanceof Not not) {
			return f.not(build(f, not.part()));
		}
		if (node instanceof Any any) {
			SimpleBooleanPredicateClausesStep<?, ?> or = f.or();
			any.parts().forEach((part) -> or.add(build(f, part)));
			return or;
		}
		All all = (All) node;
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		for (QueryNode part : all.parts()) {
			if (part instanceof Not not) {
				bool.mustNot(build(f, not.part()));
			}
			else {
				bool.must(build(f, part));
			}
		}
		return bool;
	}

}

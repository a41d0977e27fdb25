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
import org.thawcorpus.search.QueryNode.Widened;
import org.thawcorpus.search.QueryNode.Word;

/**
 * Turns a parsed query into a Hibernate Search predicate: words match the text by their
 * stems; a phrase in quotes matches its words in order as written (case and diacritics
 * folded, nothing else); widened words also match a whole name the text mentions under
 * any of its spellings; prefixes and loose spellings (a few edits, by the word's length)
 * match the text.
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
			return f.phrase().field(HitFields.TEXT).matching(word.text());
		}
		if (node instanceof Phrase phrase) {
			return f.phrase().field(HitFields.EXACT).matching(phrase.text());
		}
		if (node instanceof Widened widened) {
			return f.or(build(f, widened.part()), name(f, widened.name()));
		}
		if (node instanceof Prefix prefix) {
			return f.prefix().field(HitFields.TEXT).matching(prefix.text());
		}
		if (node instanceof Fuzzy fuzzy) {
			return f.match().field(HitFields.TEXT).matching(fuzzy.text()).fuzzy(fuzzy.maxEdits(), 1);
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

package org.thawcorpus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/**
 * The analyzers of the corpus index: words folded to lower case without diacritics or
 * combining marks (ICU folding: Hruščev is hruscev, о́ттепель is оттепель, ’ is '); for
 * words, English possessives dropped and each word indexed both as written and as its
 * English stem, so that stemmed words and prefixes match one field; for phrases in
 * quotes, words folded and nothing else. Each chain is declared once, here, and built
 * both for the index and, with Lucene's own factories, for finding matches in a text
 * ({@link TextTokens}); {@link ClusterAnalysis} declares the same chains on a cluster.
 */
public class CorpusAnalysis implements LuceneAnalysisConfigurer {

	/** For indexing: every word as written and as its stem, at the same position. */
	static final String INDEXED = "corpus";

	/** For queries: every word as its stem, so "revolutions" finds "revolution". */
	static final String QUERIED = "corpus_query";

	/**
	 * For phrases in quotes, indexed and queried alike: words folded for case and
	 * diacritics only, not stemmed, possessives kept ("Khrushchev's" is not
	 * "Khrushchev").
	 */
	static final String EXACT = "corpus_exact";

	/** For whole names: folded like words, but kept whole ("Nikita Khrushchev"). */
	static final String NAME = "name";

	static final String TOKENIZER = "standard";

	static final List<String> INDEXED_FILTERS = List.of("englishPossessive", "icuFolding", "keywordRepeat",
			"porterStem", "removeDuplicates");

	static final List<String> QUERIED_FILTERS = List.of("englishPossessive", "icuFolding", "porterStem");

	static final List<String> EXACT_FILTERS = List.of("icuFolding");

	static final List<String> NAME_FILTERS = List.of("icuFolding");

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		declare(context, INDEXED, INDEXED_FILTERS);
		declare(context, QUERIED, QUERIED_FILTERS);
		declare(context, EXACT, EXACT_FILTERS);
		LuceneAnalysisOptionalComponentsStep normalizer = context.normalizer(NAME).custom();
		for (String filter : NAME_FILTERS) {
			normalizer = normalizer.tokenFilter(filter);
		}
	}

	private static void declare(LuceneAnalysisConfigurationContext context, String name, List<String> filters) {
		LuceneAnalysisOptionalComponentsStep chain = context.analyzer(name).custom().tokenizer(TOKENIZER);
		for (String filter : filters) {
			chain = chain.tokenFilter(filter);
		}
	}

	/** A chain built with Lucene's factories, as the index builds it. */
	static Analyzer build(List<String> filters) {
		try {
			CustomAnalyzer.Builder builder = CustomAnalyzer.builder().withTokenizer(TOKENIZER);
			for (String filter : filters) {
				builder.addTokenFilter(filter);
			}
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

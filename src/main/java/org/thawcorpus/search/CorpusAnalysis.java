package org.thawcorpus.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the corpus index: words folded to lower case without diacritics or
 * combining marks (ICU folding: Hruščev is hruscev, о́ттепель is оттепель), English
 * possessives dropped, and each word indexed both as written and as its English stem, so
 * that stemmed words, exact prefixes and phrases all match one field.
 */
public class CorpusAnalysis implements LuceneAnalysisConfigurer {

	/** For indexing: every word as written and as its stem, at the same position. */
	static final String INDEXED = "corpus";

	/** For queries: every word as its stem, so "revolutions" finds "revolution". */
	static final String QUERIED = "corpus_query";

	/** For whole names: folded like words, but kept whole ("Nikita Khrushchev"). */
	static final String NAME = "name";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(INDEXED)
			.custom()
			.tokenizer("standard")
			.tokenFilter("englishPossessive")
			.tokenFilter("icuFolding")
			.tokenFilter("keywordRepeat")
			.tokenFilter("porterStem")
			.tokenFilter("removeDuplicates");
		context.analyzer(QUERIED)
			.custom()
			.tokenizer("standard")
			.tokenFilter("englishPossessive")
			.tokenFilter("icuFolding")
			.tokenFilter("porterStem");
		context.normalizer(NAME).custom().tokenFilter("icuFolding");
	}

}

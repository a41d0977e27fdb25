package org.thawcorpus.search;

import java.util.List;
import java.util.Map;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link CorpusAnalysis} on an OpenSearch or Elasticsearch cluster (with
 * the analysis-icu plugin): the same chains under the same names, each of Lucene's token
 * filters replaced by the cluster's own.
 */
public class ClusterAnalysis implements ElasticsearchAnalysisConfigurer {

	/**
	 * Lucene's English possessive filter, declared on the cluster under its Lucene name.
	 */
	private static final String POSSESSIVE = "englishPossessive";

	/**
	 * The cluster's name for each other token filter the chains use, by its Lucene name.
	 */
	static final Map<String, String> FILTERS = Map.of(POSSESSIVE, POSSESSIVE, "icuFolding", "icu_folding",
			"keywordRepeat", "keyword_repeat", "porterStem", "porter_stem", "removeDuplicates", "remove_duplicates");

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
		context.analyzer(CorpusAnalysis.INDEXED)
			.custom()
			.tokenizer(CorpusAnalysis.TOKENIZER)
			.tokenFilters(onCluster(CorpusAnalysis.INDEXED_FILTERS));
		context.analyzer(CorpusAnalysis.QUERIED)
			.custom()
			.tokenizer(CorpusAnalysis.TOKENIZER)
			.tokenFilters(onCluster(CorpusAnalysis.QUERIED_FILTERS));
		context.analyzer(CorpusAnalysis.EXACT)
			.custom()
			.tokenizer(CorpusAnalysis.TOKENIZER)
			.tokenFilters(onCluster(CorpusAnalysis.EXACT_FILTERS));
		context.normalizer(CorpusAnalysis.NAME).custom().tokenFilters(onCluster(CorpusAnalysis.NAME_FILTERS));
	}

	/** The cluster's names of Lucene's token filters, in the same order. */
	static String[] onCluster(List<String> filters) {
		return filters.stream().map((filter) -> {
			String name = FILTERS.get(filter);
			if (name == null) {
				throw new IllegalStateException("No token filter on the cluster stands for Lucene's " + filter);
			}
			return name;
		}).toArray(String[]::new);
	}

}

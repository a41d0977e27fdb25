package org.thawcorpus.search;

import java.util.List;
import java.util.Map;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link CorpusAnalysis} on an OpenSearch or Elasticsearch cluster (with
 * the analysis-icu plugin): the same chains under the same names, each of Lucene's token
 * filters declared on the cluster under its Lucene name with the cluster's type for it.
 */
public class ClusterAnalysis implements ElasticsearchAnalysisConfigurer {

	/** Each token filter the chains use, by its Lucene name: its type on the cluster. */
	static final Map<String, ClusterFilter> FILTERS = Map.of("englishPossessive",
			new ClusterFilter("stemmer", Map.of("language", "possessive_english")), "icuFolding",
			new ClusterFilter("icu_folding", Map.of()), "keywordRepeat", new ClusterFilter("keyword_repeat", Map.of()),
			"porterStem", new ClusterFilter("porter_stem", Map.of()), "removeDuplicates",
			new ClusterFilter("remove_duplicates", Map.of()));

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		FILTERS.forEach((name, filter) -> {
			var declared = context.tokenFilter(name).type(filter.type());
			filter.params().forEach(declared::param);
		});
		declare(context, CorpusAnalysis.INDEXED, CorpusAnalysis.INDEXED_FILTERS);
		declare(context, CorpusAnalysis.QUERIED, CorpusAnalysis.QUERIED_FILTERS);
		declare(context, CorpusAnalysis.EXACT, CorpusAnalysis.EXACT_FILTERS);
		context.normalizer(CorpusAnalysis.NAME)
			.custom()
			.tokenFilters(CorpusAnalysis.NAME_FILTERS.toArray(String[]::new));
	}

	private static void declare(ElasticsearchAnalysisConfigurationContext context, String name, List<String> filters) {
		context.analyzer(name)
			.custom()
			.tokenizer(CorpusAnalysis.TOKENIZER)
			.tokenFilters(filters.toArray(String[]::new));
	}

	/**
	 * A token filter as the cluster knows it.
	 *
	 * @param type the cluster's name for it
	 * @param params its parameters
	 */
	record ClusterFilter(String type, Map<String, String> params) {

	}

}

package org.thawcorpus.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The names of the corpus indexes on a cluster: Hibernate Search's simple layout
 * ({@code passages-000001}, read through {@code passages-read}, written through
 * {@code passages-write}) with every name after {@code thaw.search.index-prefix}, so that
 * several corpora (or test runs) share a cluster without sharing an index.
 */
@Component
class PrefixedIndexLayout implements IndexLayoutStrategy {

	private static final Pattern PRIMARY = Pattern.compile("(.*)-\\d{6}");

	private final String prefix;

	PrefixedIndexLayout(@Value("${thaw.search.index-prefix:}") String prefix) {
		if (!prefix.matches("([a-z0-9][a-z0-9._-]*)?")) {
			throw new IllegalArgumentException(
					"thaw.search.index-prefix must start with a lower-case letter or a digit "
							+ "and hold only those, '.', '_' and '-': " + prefix);
		}
		this.prefix = prefix;
	}

	@Override
	public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-000001";
	}

	@Override
	public String createWriteAlias(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-write";
	}

	@Override
	public String createReadAlias(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-read";
	}

	@Override
	public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName;
	}

	@Override
	public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
		Matcher matcher = PRIMARY.matcher(elasticsearchIndexName);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a corpus index: " + elasticsearchIndexName);
		}
		return matcher.group(1);
	}

}

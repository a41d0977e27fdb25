package org.thawcorpus.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.thawcorpus.ClusterTestContexts;
import org.thawcorpus.ThawCorpusApplication;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The same corpus imported twice, once into H2 and the embedded Lucene index and once
 * into PostgreSQL and the cluster, answers the same searches alike: totals, documents,
 * facets, the register's spellings, suggestions and the hits of the first page with their
 * highlights; a passage of 1,048,576 characters is found and highlighted on both. Runs
 * only against a cluster ({@code -Dspring.profiles.active=cluster}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossBackendSearchTest {

	/** A word only the very long passage holds, at its end. */
	private static final String LAST_WORD = "zygomorphic";

	private static final List<String> QUERIES = List.of("Khrushchev", "Kruschev", "Hruščev", "Хрущёв", "thaw",
			"revolutions", "\"secret speech\"", "\"Khrushchev's\"", "Khrushchev's", "Stalin AND speech",
			"Stalin OR Brezhnev", "Stalin NOT speech", "+Moscow -1956", "(thaw OR spring) AND writers", "khrush*",
			"lit*", "Ehrenberg~", "Solzhenitsyn~", "Pasternak", "Novy Mir", "\"Novy Mir\"", "Hungary", "1956",
			"Zhivago", "dissident", "censorship", "café", "naïve", "Kruschev spelling", "nothingfoundanywhere", "Beria",
			"“quoted”", "don't", "Ivan Denisovich", "o'clock", "lemma0001", LAST_WORD);

	private ConfigurableApplicationContext embedded;

	private ConfigurableApplicationContext cluster;

	private static final String SKIPPED = "CrossBackendSearchTest skipped: no cluster configured. Run with "
			+ "-Dspring.profiles.active=cluster and THAW_DB_URL, THAW_DB_USER, THAW_DB_PASSWORD, THAW_SEARCH_URIS "
			+ "to compare the cluster with the embedded index.";

	@BeforeAll
	void start(@TempDir Path dir) throws IOException {
		if (!ClusterTestContexts.enabled()) {
			System.out.println(SKIPPED);
			return;
		}
		String sources = "--thaw.sources=seeds,src/test/resources/fixtures," + veryLongPassage(dir);
		List<String> embeddedArgs = List.of(sources, "--spring.profiles.active=embedded");
		this.embedded = new SpringApplicationBuilder(ThawCorpusApplication.class).web(WebApplicationType.NONE)
			.run(embeddedArgs.toArray(String[]::new));
		List<String> clusterArgs = new ArrayList<>(List.of(sources, "--spring.profiles.active=cluster"));
		clusterArgs.addAll(ClusterTestContexts.isolatedArguments());
		this.cluster = new SpringApplicationBuilder(ThawCorpusApplication.class).web(WebApplicationType.NONE)
			.run(clusterArgs.toArray(String[]::new));
	}

	@AfterAll
	void stop() {
		if (this.cluster != null) {
			ClusterTestContexts.dropSchemaAndIndexes(this.cluster);
			this.cluster.close();
		}
		if (this.embedded != null) {
			this.embedded.close();
		}
	}

	@BeforeEach
	void onlyWithACluster() {
		assumeTrue(ClusterTestContexts.enabled(), SKIPPED);
	}

	private static Path veryLongPassage(Path dir) throws IOException {
		StringBuilder line = new StringBuilder();
		while (line.length() < 1_048_576 - LAST_WORD.length() - 1) {
			line.append("thaw ");
		}
		line.setLength(1_048_576 - LAST_WORD.length() - 1);
		line.append(' ').append(LAST_WORD);
		assertThat(line).hasSize(1_048_576);
		return Files.writeString(dir.resolve("very-long.txt"), "A very long passage\n\n" + line + "\n");
	}

	@Test
	void bothImportedTheSameCorpus() {
		assertThat(slugs(this.cluster)).isNotEmpty().isEqualTo(slugs(this.embedded));
	}

	@Test
	void everySearchHasTheSameTotalsFacetsAndHitsOnBothBackends() {
		Set<String> queries = new LinkedHashSet<>(QUERIES);
		// And a word of every title, so that every source is searched for.
		for (Document document : this.embedded.getBean(DocumentRepository.class).findAll()) {
			for (String word : document.getTitle().split("[\\s\\p{Punct}]+")) {
				if (word.length() > 4) {
					queries.add(word);
					break;
				}
			}
		}
		int searches = 0;
		for (String query : queries) {
			SearchResults expected = search(this.embedded, Map.of("q", query));
			compare(query, expected, search(this.cluster, Map.of("q", query)));
			searches++;
			// Narrowed by the first value of each facet.
			for (FacetView facet : expected.facets()) {
				Map<String, String> params = new LinkedHashMap<>(Map.of("q", query));
				params.put(facet.name(), facet.values().get(0).value());
				compare(query + " " + params, search(this.embedded, params), search(this.cluster, params));
				searches++;
			}
		}
		assertThat(searches).isGreaterThan(queries.size());
		System.out.printf("CrossBackendSearchTest: %d searches alike on both backends (%d queries)%n", searches,
				queries.size());
	}

	@Test
	void aPassageOfAMillionCharactersIsFoundAndHighlightedOnBothBackends() {
		for (ConfigurableApplicationContext context : List.of(this.embedded, this.cluster)) {
			SearchResults results = search(context, Map.of("q", LAST_WORD));
			assertThat(results.total()).isEqualTo(1);
			assertThat(results.hits()).singleElement()
				.satisfies((hit) -> assertThat(hit.snippet().lines()).flatExtracting(Snippet.Line::runs)
					.contains(new Snippet.Run(LAST_WORD, true)));
		}
	}

	private static void compare(String what, SearchResults embedded, SearchResults cluster) {
		assertThat(cluster.total()).as("total of %s", what).isEqualTo(embedded.total());
		assertThat(cluster.documents()).as("documents of %s", what).isEqualTo(embedded.documents());
		assertThat(cluster.facets()).as("facets of %s", what).isEqualTo(embedded.facets());
		assertThat(cluster.alsoFound()).as("spellings of %s", what).isEqualTo(embedded.alsoFound());
		assertThat(cluster.suggestions()).as("suggestions of %s", what).isEqualTo(embedded.suggestions());
		assertThat(hits(cluster)).as("hits of %s", what).isEqualTo(hits(embedded));
	}

	/**
	 * Each hit of the page: its document, the document's total, its anchor and its
	 * highlights.
	 */
	private static List<String> hits(SearchResults results) {
		return results.groups()
			.stream()
			.flatMap((group) -> group.hits()
				.stream()
				.map((hit) -> group.slug() + " (" + group.total() + ") " + hit.anchor() + " " + hit.link() + " "
						+ hit.snippet()
							.lines()
							.stream()
							.flatMap((line) -> line.runs().stream())
							.filter(Snippet.Run::hit)
							.map(Snippet.Run::text)
							.toList()))
			.sorted()
			.toList();
	}

	private static SearchResults search(ConfigurableApplicationContext context, Map<String, String> params) {
		return context.getBean(CorpusSearch.class).search(SearchRequest.of(params));
	}

	private static List<String> slugs(ConfigurableApplicationContext context) {
		return context.getBean(DocumentRepository.class).findAll().stream().map(Document::getSlug).sorted().toList();
	}

}

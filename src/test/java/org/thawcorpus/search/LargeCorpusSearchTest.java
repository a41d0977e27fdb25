package org.thawcorpus.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A corpus of more sources than a cluster gives buckets to one aggregation (65,535 by
 * default, {@code search.max_buckets}): 70,000 small sources written straight into the
 * database, each with one passage that holds a word they share. The index check sees the
 * index behind and rebuilds it in step, and a search for the shared word answers with
 * every passage counted and pages of sources. Runs only against a cluster
 * ({@code -Dspring.profiles.active=cluster}), in a schema and under index names of its
 * own.
 */
@SpringBootTest(properties = { "thaw.import-on-startup=false", "thaw.startup.await=true" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "org.thawcorpus.ClusterTestContexts#enabled",
		disabledReason = "no cluster configured: run with -Dspring.profiles.active=cluster and THAW_DB_URL, "
				+ "THAW_DB_USER, THAW_DB_PASSWORD, THAW_SEARCH_URIS")
class LargeCorpusSearchTest {

	/** More sources than the cluster's default search.max_buckets (65,535). */
	private static final int SOURCES = 70_000;

	/** Ids far above what the application's sequences give. */
	private static final long FIRST_ID = 10_000_000;

	/** The word every seeded passage holds, and no other text. */
	private static final String SHARED = "permafrost";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CorpusIndex index;

	@Autowired
	SearchIndexCheck check;

	private boolean inStepBeforeTheCheck;

	@BeforeAll
	void seedAndCheck() throws InterruptedException {
		long started = System.nanoTime();
		this.jdbc.sql("""
				insert into documents (id, slug, source_path, source_file, kind, title, title_sort, content_hash,
				    byte_size, line_count, lines_present, lines_accounted, passage_count, citation_count,
				    review_count, comment_count, imported_at)
				select :first + n, 'large-' || n, 'large/source-' || n || '.txt', 'source-' || n || '.txt', 'TEXT',
				    'Large corpus source ' || n, 'Large corpus source ' || n, md5(n::text), 64, 3, 3, 3, 1, 0, 0, 0,
				    now()
				from generate_series(1, :sources) n""").param("first", FIRST_ID).param("sources", SOURCES).update();
		this.jdbc.sql("""
				insert into sections (id, document_id, position, role)
				select :first + n, :first + n, 0, 'BODY' from generate_series(1, :sources) n""")
			.param("first", FIRST_ID)
			.param("sources", SOURCES)
			.update();
		this.jdbc.sql("""
				insert into passages (id, document_id, section_id, role, position, anchor, text, first_line,
				    last_line)
				select :first + n, :first + n, :first + n, 'BODY', 0, 'p1',
				    'Source ' || n || ' describes the ' || :shared || ' of its valley.', 3, 3
				from generate_series(1, :sources) n""")
			.param("first", FIRST_ID)
			.param("sources", SOURCES)
			.param("shared", SHARED)
			.update();
		long seeded = System.nanoTime();
		this.inStepBeforeTheCheck = this.index.isInStep();
		this.check.check();
		System.out.printf("LargeCorpusSearchTest: %,d sources seeded in %d ms, checked and indexed in %d ms%n", SOURCES,
				(seeded - started) / 1_000_000, (System.nanoTime() - seeded) / 1_000_000);
	}

	@Test
	void theIndexCheckSawTheIndexBehindAndLeftItInStep() {
		assertThat(this.inStepBeforeTheCheck).isFalse();
		assertThat(this.index.isInStep()).isTrue();
	}

	@Test
	void aSearchForTheSharedWordCountsEveryPassageAndShowsAPageOfSources() throws Exception {
		String json = api(1);
		assertThat(JsonPath.<Integer>read(json, "$.total")).isEqualTo(SOURCES);
		assertThat(JsonPath.<Boolean>read(json, "$.index.complete")).isTrue();
		assertThat(JsonPath.<Integer>read(json, "$.pages")).isGreaterThan(1);
		List<Integer> totals = JsonPath.read(json, "$.groups[*].total");
		assertThat(totals).hasSize(CorpusSearch.DOCUMENTS_PER_PAGE).containsOnly(1);
		List<String> snippets = JsonPath.read(json, "$.groups[*].hits[0].snippet");
		assertThat(snippets).hasSize(CorpusSearch.DOCUMENTS_PER_PAGE).allMatch((s) -> s.contains(SHARED));
	}

	@Test
	void theSecondPageShowsTheNextSources() throws Exception {
		List<String> first = JsonPath.read(api(1), "$.groups[*].documentSlug");
		String json = api(2);
		assertThat(JsonPath.<Integer>read(json, "$.page")).isEqualTo(2);
		assertThat(JsonPath.<Integer>read(json, "$.total")).isEqualTo(SOURCES);
		List<String> second = JsonPath.read(json, "$.groups[*].documentSlug");
		assertThat(second).hasSize(CorpusSearch.DOCUMENTS_PER_PAGE).allMatch((slug) -> slug.startsWith("large-"));
		Set<String> both = new HashSet<>(first);
		both.addAll(second);
		assertThat(both).as("the sources of pages 1 and 2").hasSize(2 * CorpusSearch.DOCUMENTS_PER_PAGE);
	}

	@Test
	void theSearchPageAnswersWithTheTotal() throws Exception {
		String html = this.mvc.perform(get("/search").param("q", SHARED))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).containsPattern("70,?000 passages");
		assertThat(html).contains("Large corpus source ");
	}

	private String api(int page) throws Exception {
		return this.mvc.perform(get("/api/search").param("q", SHARED).param("page", String.valueOf(page)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}

package org.thawcorpus.search;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.importer.ImportStatus;
import org.thawcorpus.importer.SourceImporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thawcorpus.search.CorpusSearchTest.facet;
import static org.thawcorpus.search.CorpusSearchTest.request;

/**
 * Imports further files into a corpus of its own (so the seed tests keep theirs) and
 * checks that the index follows: replaced documents, star ratings, rebuilding.
 */
@CorpusTest
class SearchReimportTest {

	@Autowired
	SourceImporter importer;

	@Autowired
	CorpusSearch search;

	@Autowired
	CorpusIndex index;

	@Autowired
	IndexState state;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	WebApplicationContext context;

	@TempDir
	Path dir;

	@Test
	void leavesNoStaleHitsWhenAChangedFileIsImportedAgain() throws IOException {
		Path file = this.dir.resolve("kitchens.txt");
		Files.writeString(file, "Kitchen conversations\n\nThe Zhdanovshchina was over, and samizdat passed "
				+ "from kitchen to kitchen in Leningrad.\n\nTamizdat came later, in 1958.\n");
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.IMPORTED);
		assertThat(total("Zhdanovshchina")).isEqualTo(1);
		assertThat(total("samizdat OR tamizdat")).isEqualTo(2);

		Files.writeString(file, "Kitchen conversations\n\nThe Zhdanov years were over, and typescripts passed "
				+ "from kitchen to kitchen in Leningrad.\n");
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.IMPORTED);
		assertThat(total("Zhdanovshchina")).isZero();
		assertThat(total("samizdat OR tamizdat")).isZero();
		assertThat(total("typescripts")).isEqualTo(1);
		assertThat(this.index.isInStep()).isTrue();
	}

	@Test
	void countsAndFiltersReviewParagraphsByStars() throws IOException {
		Path file = copy("fixtures/book/blank-separated.txt", "ice-breaks.txt");
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.IMPORTED);
		String q = "letters OR notes OR edition OR grandmother";
		SearchResults reviews = this.search.search(request(q, Map.of("part", "REVIEW", "document", slug(q))));
		assertThat(facet(reviews, "stars")).containsExactly(Map.entry("5", 1L), Map.entry("4", 1L), Map.entry("3", 1L),
				Map.entry("unrated", 1L));
		SearchResults threeStars = this.search.search(request(q, Map.of("stars", "3")));
		assertThat(threeStars.hits()).singleElement().satisfies((hit) -> {
			assertThat(hit.anchor()).isEqualTo("r2-1");
			assertThat(hit.snippet().text()).isEqualTo("Useful, but the editorial notes are thin.");
		});
	}

	@Test
	void linksAReviewBeyondTheReadingViewToItsPageOfTheReviewList() throws Exception {
		Path file = copy("fixtures/book/long-page.txt", "long-page.txt");
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.IMPORTED);
		String q = "\"women who spoke at the meetings\"";
		SearchHit hit = this.search.search(request(q, Map.of("part", "REVIEW")))
			.hits()
			.stream()
			.filter((h) -> h.anchor().startsWith("r30-"))
			.findFirst()
			.orElseThrow();
		assertThat(hit.link()).contains("/reviews?page=2&q=").endsWith("#" + hit.anchor());
		String html = MockMvcBuilders.webAppContextSetup(this.context)
			.build()
			.perform(get(URI.create(hit.link().substring(0, hit.link().indexOf('#')))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(page.select("#" + hit.anchor() + " mark").text()).isEqualTo("women who spoke at the meetings");
	}

	@Test
	void rebuildsAnIndexThatDoesNotMatchTheDatabase() throws InterruptedException {
		long before = total("Khrushchev");
		SearchWorkspace workspace = Search.mapping(this.entityManagerFactory).scope(Object.class).workspace();
		workspace.purge();
		workspace.refresh();
		assertThat(total("Khrushchev")).isZero();
		assertThat(this.index.isInStep()).isFalse();
		this.index.rebuild();
		assertThat(this.index.isInStep()).isTrue();
		assertThat(total("Khrushchev")).isEqualTo(before).isPositive();
		long entries = this.entityManagerFactory.createEntityManager()
			.createQuery("select (select count(p) from Passage p) + (select count(c) from Citation c)", Long.class)
			.getSingleResult();
		assertThat(this.state.status()).isEqualTo(new IndexStatus(IndexStatus.Phase.COMPLETE, entries, entries));
	}

	@Test
	void saysInTheReadinessHealthThatAnIndexBeingRebuiltIsNotReady() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).build();
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.searchIndex.status").value("UP"));
		this.state.rebuilding(10);
		try {
			mvc.perform(get("/actuator/health/readiness"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"))
				.andExpect(jsonPath("$.components.searchIndex.status").value("OUT_OF_SERVICE"));
			mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
			mvc.perform(get("/api/search").param("q", "Khrushchev"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.index.complete").value(false))
				.andExpect(jsonPath("$.index.state").value("rebuilding"));
		}
		finally {
			this.state.complete();
		}
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

	private long total(String q) {
		return this.search.search(request(q, Map.of())).total();
	}

	private String slug(String q) {
		return this.search.search(request(q, Map.of("part", "REVIEW")))
			.hits()
			.stream()
			.filter((h) -> h.documentTitle().startsWith("The Ice Breaks"))
			.findFirst()
			.orElseThrow()
			.documentSlug();
	}

	private Path copy(String resource, String name) throws IOException {
		Path file = this.dir.resolve(name);
		try (var in = getClass().getClassLoader().getResourceAsStream(resource)) {
			Files.copy(in, file);
		}
		return file;
	}

}

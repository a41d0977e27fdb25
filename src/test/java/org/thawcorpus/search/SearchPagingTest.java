package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageLinks;
import org.thawcorpus.document.PassageRepository;
import org.thawcorpus.system.PastTheEndException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Results paged by document, as a reader checks them: each document's hits together and
 * in reading order on one page, pages of documents that never repeat one, the API's size
 * honoured, and a search that finds more documents than are listed saying so.
 */
@CorpusTest
class SearchPagingTest {

	@Autowired
	CorpusSearch search;

	@Autowired
	EntityManager entityManager;

	@Autowired
	HitQueries queries;

	@Autowired
	QueryLocator locator;

	@Autowired
	PassageLinks links;

	@Autowired
	Suggestions suggestions;

	@Autowired
	SpellingsFound spellings;

	@Autowired
	DocumentRepository documents;

	@Autowired
	PassageRepository passages;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	WebApplicationContext context;

	@Test
	void keepsEachDocumentsHitsTogetherInReadingOrderOnEveryPage() {
		SearchResults all = this.search.search(CorpusSearchTest.request("Khrushchev", Map.of()));
		assertThat(all.documents()).isGreaterThan(1);
		assertThat(all.moreDocuments()).isFalse();
		List<String> seen = new ArrayList<>();
		for (int page = 1; page <= all.documents(); page++) {
			SearchResults one = this.search
				.search(CorpusSearchTest.request("Khrushchev", Map.of("page", String.valueOf(page))), 1);
			HitGroup group = one.groups().get(0);
			seen.add(group.slug());
			assertThat(group.hits()).isNotEmpty().allMatch((h) -> h.documentSlug().equals(group.slug()));
			assertThat(positions(group)).isSortedAccordingTo(Comparator.naturalOrder());
			assertThat(group.hits()).hasSize((int) Math.min(group.total(), CorpusSearch.HITS_PER_DOCUMENT));
		}
		assertThat(seen).doesNotHaveDuplicates()
			.containsExactlyElementsOf(all.groups().stream().map(HitGroup::slug).toList());
	}

	@Test
	void showsTheSameHitsWhicheverDocumentsShareThePage() {
		SearchResults together = this.search.search(CorpusSearchTest.request("Stalin", Map.of()), 3);
		for (int page = 1; page <= 3; page++) {
			HitGroup alone = this.search
				.search(CorpusSearchTest.request("Stalin", Map.of("page", String.valueOf(page))), 1)
				.groups()
				.get(0);
			HitGroup shared = together.groups().get(page - 1);
			assertThat(shared.slug()).isEqualTo(alone.slug());
			assertThat(shared.hits()).extracting(SearchHit::link)
				.containsExactlyElementsOf(alone.hits().stream().map(SearchHit::link).toList());
		}
	}

	@Test
	void listsAtMostItsCapOfDocumentsMostHitsFirstAndSaysThereAreMore() {
		CorpusSearch capped = new CorpusSearch(this.entityManager, this.documents, this.queries, this.locator,
				this.links, this.suggestions, this.spellings, 2);
		SearchResults all = this.search.search(CorpusSearchTest.request("Stalin", Map.of()));
		assertThat(all.documents()).isEqualTo(3);
		SearchResults first = inTransaction(() -> capped.search(CorpusSearchTest.request("Stalin", Map.of()), 1));
		assertThat(first.moreDocuments()).isTrue();
		assertThat(first.documents()).isEqualTo(2);
		assertThat(first.total()).isEqualTo(all.total());
		assertThat(first.pager().getTotalPages()).isEqualTo(2);
		SearchResults second = inTransaction(
				() -> capped.search(CorpusSearchTest.request("Stalin", Map.of("page", "2")), 1));
		assertThat(List.of(first.groups().get(0).slug(), second.groups().get(0).slug()))
			.containsExactlyElementsOf(all.groups().stream().limit(2).map(HitGroup::slug).toList());
		assertThatThrownBy(
				() -> inTransaction(() -> capped.search(CorpusSearchTest.request("Stalin", Map.of("page", "3")), 1)))
			.isInstanceOf(PastTheEndException.class);
		CorpusSearch roomy = new CorpusSearch(this.entityManager, this.documents, this.queries, this.locator,
				this.links, this.suggestions, this.spellings, 3);
		SearchResults whole = inTransaction(() -> roomy.search(CorpusSearchTest.request("Stalin", Map.of())));
		assertThat(whole.moreDocuments()).isFalse();
		assertThat(whole.documents()).isEqualTo(3);
	}

	@Test
	void honoursTheApisPageSize() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).build();
		mvc.perform(get("/api/search").param("q", "Stalin").param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pageSize").value(2))
			.andExpect(jsonPath("$.pages").value(2))
			.andExpect(jsonPath("$.documents").value(3))
			.andExpect(jsonPath("$.moreDocuments").value(false))
			.andExpect(jsonPath("$.groups.length()").value(2));
		mvc.perform(get("/api/search").param("q", "Stalin").param("size", "2").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.groups.length()").value(1));
		mvc.perform(get("/api/search").param("q", "Stalin").param("document", CorpusSearchTest.BOOK).param("size", "3"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits.length()").value(3));
		mvc.perform(get("/api/search").param("q", "Stalin").param("size", "101"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("from 1 to 100")));
	}

	/** The positions in their document of a group's hits, as shown. */
	private List<Integer> positions(HitGroup group) {
		return inTransaction(() -> {
			long id = this.documents.getBySlug(group.slug()).getId();
			Map<String, Integer> byAnchor = new HashMap<>();
			this.passages.findAll()
				.stream()
				.filter((p) -> p.getDocument().getId() == id)
				.forEach((Passage p) -> byAnchor.put(p.getAnchor(), p.getPosition()));
			return group.hits().stream().map((h) -> byAnchor.get(h.anchor())).toList();
		});
	}

	private <T> T inTransaction(Supplier<T> work) {
		return new TransactionTemplate(this.transactions).execute((status) -> work.get());
	}

}

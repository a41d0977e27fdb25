package org.thawcorpus.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageRepository;
import org.thawcorpus.markup.Mark;
import org.thawcorpus.search.MatchRanges.Range;
import org.thawcorpus.system.PastTheEndException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Searches the three seed sources, imported at start-up, with real queries. */
@CorpusTest
class CorpusSearchTest {

	static final String ARTICLE = "the-khrushchev-thaw";

	static final String BLOG = "a-thaw-that-would-not-refreeze";

	static final String BOOK = "moscow-1956-the-silenced-spring";

	@Autowired
	CorpusSearch search;

	@Autowired
	WebApplicationContext context;

	@Autowired
	DocumentRepository documents;

	@Autowired
	PassageRepository passages;

	@Autowired
	PlatformTransactionManager transactions;

	/**
	 * The highlights of every passage of a document, as a page showing them all gets
	 * them.
	 */
	private Map<Long, List<Mark>> highlights(QueryMatches matches, String slug) {
		return new TransactionTemplate(this.transactions).execute((status) -> {
			long id = this.documents.getBySlug(slug).getId();
			List<Long> ids = this.passages.findAll()
				.stream()
				.filter((p) -> p.getDocument().getId() == id)
				.map(Passage::getId)
				.toList();
			return matches.in(ids);
		});
	}

	@Test
	void ignoresCase() {
		assertThat(anchors("KHRUSHCHEV")).isNotEmpty().isEqualTo(anchors("khrushchev"));
	}

	@Test
	void findsHruscevAndHruscevWithCaronsAlike() {
		assertThat(anchors("Hruscev")).contains(BOOK + "#r1-1").isEqualTo(anchors("Hruščev"));
		assertThat(anchors("HRUSCEV")).isEqualTo(anchors("hruščev"));
		// A possessive is left outside the match, as it is outside a name's annotation.
		assertThat(matchedWords("Hruscev")).contains("Hruščev").doesNotContain("Hruščev's");
	}

	@Test
	void findsOttepelWithOrWithoutItsStressMark() {
		// The article writes о́ттепель (with U+0301) in p1 and Оттепель in p2.
		assertThat(anchors("оттепель")).contains(ARTICLE + "#p1", ARTICLE + "#p2")
			.containsExactlyInAnyOrderElementsOf(anchors("о\u0301ттепель"));
		assertThat(matchedWords("оттепель")).contains("о\u0301ттепель", "Оттепель");
	}

	@Test
	void findsAPersonUnderEverySpellingOfTheirName() {
		// No text writes Chruschtschow: the register lists it as a spelling of
		// Khrushchev.
		assertThat(anchors("Chruschtschow")).contains(ARTICLE + "#p1", BOOK + "#r1-1", BOOK + "#r5-1")
			.containsExactlyInAnyOrderElementsOf(anchors("Kruschev"));
	}

	@Test
	void highlightsTheNameUnderTheSpellingTheTextUses() {
		// The review writes "Khushchev set a panel"; the article "Nikita Khrushchev".
		assertThat(matchedWords("Kruschev")).contains("Kruschev", "Khushchev", "Khrushchev");
		assertThat(matchedWords("Chruschtschow")).contains("Khrushchev", "Hruščev");
		QueryMatches matches = this.search.matchesIn("the-khrushchev-thaw", "Chruschtschow");
		assertThat(matches.passages()).isPositive();
		assertThat(highlights(matches, "the-khrushchev-thaw")).isNotEmpty();
	}

	@Test
	void findsRevolutionWhenAskedForRevolutions() {
		assertThat(anchors("revolutions")).contains(ARTICLE + "#p5");
		assertThat(matchedWords("revolutions")).contains("Revolution", "revolutions");
	}

	@Test
	void matchesPhrasesOnlyInTheirOrderAndAsWritten() {
		assertThat(search("\"secret speech\"").total()).isGreaterThan(5);
		// A review calls it "the silent speech", a spelling the register gives the Secret
		// Speech: in quotes, only the words as written count.
		assertThat(matchedWords("\"secret speech\"")).isNotEmpty()
			.allMatch((w) -> w.equalsIgnoreCase("secret speech"))
			.contains("Secret Speech", "secret speech");
		assertThat(search("\"speech secret\"").total()).isZero();
	}

	@Test
	void matchesTheStartOfWordsBeforeAStar() {
		assertThat(matchedWords("revol*")).contains("revolutions", "Revolution", "Revolt", "revolutionary");
		assertThat(search("revol*").total()).isGreaterThan(search("revolution").total());
	}

	@Test
	void combinesWordsWithAndOrNot() {
		long thaw = search("Thaw").total();
		long stalin = search("Stalin").total();
		long both = search("Thaw AND Stalin").total();
		assertThat(search("Thaw Stalin").total()).isEqualTo(both);
		assertThat(search("+Thaw +Stalin").total()).isEqualTo(both);
		assertThat(search("Thaw OR Stalin").total()).isEqualTo(thaw + stalin - both);
		assertThat(search("Thaw NOT Stalin").total()).isEqualTo(thaw - both).isPositive();
		assertThat(search("Thaw -Stalin").total()).isEqualTo(thaw - both);
		assertThat(search("(Poland OR Hungary) NOT Budapest").total())
			.isEqualTo(search("Poland OR Hungary").total() - search("(Poland OR Hungary) Budapest").total());
	}

	@Test
	void findsCitationsByTheirText() {
		SearchHit citation = search("Nahaylo").hits()
			.stream()
			.filter((h) -> h.part() == Part.CITATION)
			.findFirst()
			.orElseThrow();
		assertThat(citation.anchor()).isEqualTo("p3");
		assertThat(citation.citationId()).isNotNull();
		assertThat(citation.label()).startsWith("Citation [");
		assertThat(citation.snippet().text()).startsWith("{Nahaylo, Bohdan; Swoboda, Victor (1990)");
	}

	@Test
	void findsReviewParagraphsWithTheirRatingFacet() {
		SearchResults results = search("faltering");
		assertThat(results.hits()).singleElement().satisfies((hit) -> {
			assertThat(hit.part()).isEqualTo(Part.REVIEW);
			assertThat(hit.label()).isEqualTo("Review by Jovan Autonomašević");
		});
		// The seed's reviews show no stars: they count as unrated.
		assertThat(facet(results, "stars")).containsExactly(Map.entry("unrated", 1L));
		assertThat(facet(results, "year")).containsEntry("1956", 1L);
	}

	@Test
	void findsCommentParagraphs() {
		assertThat(search("\"firm grip\"").hits()).singleElement().satisfies((hit) -> {
			assertThat(hit.part()).isEqualTo(Part.COMMENT);
			assertThat(hit.documentSlug()).isEqualTo(BLOG);
			assertThat(hit.anchor()).isEqualTo("c1-1");
		});
	}

	@Test
	void countsResultsByFacet() {
		SearchResults results = search("\"secret speech\"");
		assertThat(facet(results, "document").values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(results.total());
		assertThat(facet(results, "kind")).containsOnlyKeys("BOOK_PAGE", "ENCYCLOPEDIA_ARTICLE");
		assertThat(facet(results, "part")).containsKeys("TEXT", "REVIEW");
		assertThat(facet(results, "part").get("REVIEW")).isEqualTo(facet(results, "stars").get("unrated"));
		assertThat(facet(results, "year")).containsKey("1956");
		assertThat(results.facets()).filteredOn((f) -> f.name().equals("document"))
			.singleElement()
			.satisfies((f) -> assertThat(f.values()).extracting(FacetView.Value::label)
				.contains("Moscow 1956: The Silenced Spring"));
	}

	@Test
	void narrowsResultsToAChosenFacetValue() {
		SearchResults all = search("Khrushchev");
		long reviews = facet(all, "part").get("REVIEW");
		SearchResults narrowed = this.search.search(request("Khrushchev", Map.of("part", "review")));
		assertThat(narrowed.total()).isEqualTo(reviews).isLessThan(all.total());
		assertThat(narrowed.hits()).extracting(SearchHit::part).containsOnly(Part.REVIEW);
		assertThat(facet(narrowed, "part")).containsOnlyKeys("REVIEW");
		FacetView part = narrowed.facets().stream().filter((f) -> f.name().equals("part")).findFirst().orElseThrow();
		assertThat(part.clearLink()).isEqualTo("/search?q=Khrushchev");
		assertThat(part.values().get(0).selected()).isTrue();
		assertThat(narrowed.filters())
			.containsExactly(new SearchResults.Filter("Part", "Reviews", "/search?q=Khrushchev"));
		SearchResults year = this.search.search(request("Khrushchev", Map.of("year", "1956", "kind", "BOOK_PAGE")));
		assertThat(year.total()).isPositive().isLessThan(all.total());
		assertThat(year.hits()).extracting(SearchHit::documentSlug).containsOnly(BOOK);
	}

	@Test
	void pagesByDocumentsNeverSplittingOne() {
		SearchResults all = search("Stalin");
		assertThat(all.documents()).isEqualTo(3);
		List<String> slugs = new ArrayList<>();
		for (int page = 1; page <= 3; page++) {
			SearchResults one = this.search.search(request("Stalin", Map.of("page", String.valueOf(page))), 1);
			assertThat(one.groups()).hasSize(1);
			assertThat(one.pager().getTotalPages()).isEqualTo(3);
			slugs.add(one.groups().get(0).slug());
		}
		assertThat(slugs).doesNotHaveDuplicates()
			.containsExactlyElementsOf(all.groups().stream().map(HitGroup::slug).toList());
		assertThatThrownBy(() -> this.search.search(request("Stalin", Map.of("page", "4")), 1))
			.isInstanceOf(PastTheEndException.class)
			.hasMessage("There are 3 sources with results on 3 pages; there is no page 4.");
	}

	@Test
	void keepsEachDocumentsHitsTogetherMostHitsFirstInReadingOrder() {
		SearchResults results = search("Stalin");
		assertThat(results.groups()).extracting(HitGroup::slug).doesNotHaveDuplicates();
		assertThat(results.groups()).extracting(HitGroup::total)
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(results.groups().stream().mapToLong(HitGroup::total).sum()).isEqualTo(results.total());
		for (HitGroup group : results.groups()) {
			assertThat(group.total()).isEqualTo(facet(results, "document").get(group.slug()));
			assertThat(group.hits()).hasSize((int) Math.min(group.total(), CorpusSearch.HITS_PER_DOCUMENT))
				.allMatch((h) -> h.documentSlug().equals(group.slug()));
			assertThat(group.moreLink()).isEqualTo((group.total() > CorpusSearch.HITS_PER_DOCUMENT)
					? "/search?q=Stalin&document=" + group.slug() : null);
		}
		assertThat(results.groups().get(0).link())
			.isEqualTo("/documents/" + results.groups().get(0).slug() + "?q=Stalin");
		// Narrowed to one document, its hits are paged in reading order.
		SearchResults book = this.search.search(request("Stalin", Map.of("document", BOOK)));
		assertThat(book.groups()).singleElement().satisfies((g) -> {
			assertThat(g.hits()).hasSize((int) Math.min(g.total(), CorpusSearch.HITS_PER_PAGE));
			assertThat(g.moreLink()).isNull();
		});
	}

	@Test
	void linksEachHitToItsPassageWithTheQuery() {
		assertThat(search("\"firm grip\"").hits().get(0).link())
			.isEqualTo("/documents/" + BLOG + "?q=%22firm+grip%22#c1-1");
	}

	@Test
	void suggestsLooserQueriesWhenNothingIsFound() {
		SearchResults results = search("\"speech secret\"");
		assertThat(results.total()).isZero();
		assertThat(results.suggestions()).extracting(Suggestion::query).contains("speech secret");
		assertThat(results.suggestions()).allMatch((s) -> s.count() > 0);
		SearchResults tooNarrow = this.search.search(request("faltering", Map.of("kind", "BLOG_POST")));
		assertThat(tooNarrow.suggestions()).anySatisfy((s) -> {
			assertThat(s.advice()).isEqualTo("Remove the filter kind of source: Blog post.");
			assertThat(s.link()).isEqualTo("/search?q=faltering");
			assertThat(s.count()).isEqualTo(1);
		});
		assertThat(search("Krushchov").suggestions()).extracting(Suggestion::query).contains("Khrushchov");
	}

	@Test
	void findsTheMatchesOfAQueryInOneDocument() {
		// Hruščev is written in one review; the register makes it a spelling of
		// Khrushchev,
		// so every passage naming him under any spelling matches and is highlighted.
		QueryMatches matches = this.search.matchesIn(BOOK, "Hruscev");
		assertThat(matches.passages()).isGreaterThan(10);
		assertThat(highlights(matches, BOOK).values()).hasSize((int) matches.passages())
			.anySatisfy((marks) -> assertThat(marks).hasSize(2));
		assertThat(this.search.matchesIn(BOOK, "\"unclosed")).isEqualTo(QueryMatches.NONE);
		assertThat(this.search.matchesIn(BOOK, null)).isEqualTo(QueryMatches.NONE);
	}

	@Test
	void answersTheApiWithHitsAndFacetCounts() throws Exception {
		mvc().perform(get("/api/search").param("q", "faltering"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].documentSlug").value(BOOK))
			.andExpect(jsonPath("$.hits[0].anchor").value("r1-1"))
			.andExpect(jsonPath("$.hits[0].kind").value("review"))
			.andExpect(jsonPath("$.hits[0].snippet").value(containsString("Hruščev's faltering")))
			.andExpect(jsonPath("$.hits[0].url").value("/documents/" + BOOK + "?q=faltering#r1-1"))
			.andExpect(jsonPath("$.facets.kind.BOOK_PAGE").value(1))
			.andExpect(jsonPath("$.facets.document['" + BOOK + "']").value(1))
			.andExpect(jsonPath("$.facets.stars.unrated").value(1))
			.andExpect(jsonPath("$.facets.year['1956']").value(1));
	}

	@Test
	void answersAnUnreadableApiQueryWithAProblemSayingWhatToFix() throws Exception {
		mvc().perform(get("/api/search").param("q", "\"secret speech"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("is not closed")));
	}

	@Test
	void showsKeywordsInContextGroupedByDocumentWithTheirMatchesMarked() throws Exception {
		Document page = html(mvc().perform(get("/search").param("q", "faltering")).andExpect(status().isOk()));
		assertThat(page.select(".result-group h2 a").text()).isEqualTo("Moscow 1956: The Silenced Spring");
		assertThat(page.select(".hit .kwic mark").eachText()).containsExactly("faltering");
		assertThat(page.select(".hit-link").attr("href")).isEqualTo("/documents/" + BOOK + "?q=faltering#r1-1");
		assertThat(page.select(".facets a[href*=stars=unrated]").text()).isEqualTo("Unrated 1");
	}

	@Test
	void keepsTheFormAndSaysWhatToFixForAnUnreadableQuery() throws Exception {
		Document page = html(
				mvc().perform(get("/search").param("q", "(Poland OR Hungary")).andExpect(status().isBadRequest()));
		assertThat(page.select("#search-q").val()).isEqualTo("(Poland OR Hungary");
		assertThat(page.select("#search-problem").text()).contains("is opened but not closed");
		assertThat(page.select(".result-summary")).isEmpty();
	}

	@Test
	void showsTheEmptySearchPageForAnEmptyQuery() throws Exception {
		Document page = html(mvc().perform(get("/search").param("q", " ")).andExpect(status().isOk()));
		assertThat(page.select("#search-q").val()).isEmpty();
		assertThat(page.select(".search-help summary").text()).isEqualTo("How to search");
		assertThat(page.select(".result-summary, #search-problem")).isEmpty();
	}

	@Test
	void showsSuggestionsWhenNothingIsFound() throws Exception {
		Document page = html(mvc().perform(get("/search").param("q", "\"speech secret\"")).andExpect(status().isOk()));
		assertThat(page.select(".result-summary").text()).startsWith("No results for");
		assertThat(page.select(".no-results a").eachText()).contains("speech secret");
		Document filtered = html(mvc().perform(get("/search").param("q", "faltering").param("kind", "BLOG_POST"))
			.andExpect(status().isOk()));
		assertThat(filtered.select(".active-filters li span").text()).isEqualTo("Kind of source: Blog post");
		assertThat(filtered.select(".no-results a").attr("href")).isEqualTo("/search?q=faltering");
	}

	@Test
	void putsASearchBoxOnEveryPage() throws Exception {
		for (String url : List.of("/", "/citations", "/documents/" + ARTICLE)) {
			Document page = html(mvc().perform(get(url)).andExpect(status().isOk()));
			assertThat(page.select("header form[role=search]").attr("action")).isEqualTo("/search");
			assertThat(page.select("header label[for=site-search-q]").text()).isEqualTo("Search the corpus");
		}
	}

	@Test
	void highlightsTheMatchesInTheReadingView() throws Exception {
		Document page = html(mvc().perform(get("/documents/" + BOOK).param("q", "Hruscev")).andExpect(status().isOk()));
		// Both mentions of Hruščev in the review, the first without its 's.
		assertThat(page.select("#r1-1 mark").eachText()).containsExactly("Hruščev", "Hruščev");
		assertThat(page.select(".search-note").text())
			.contains("in " + this.search.matchesIn(BOOK, "Hruscev").passages() + " passages");
		assertThat(page.select("#r4-6 mark").eachText()).containsExactly("Khushchev", "Khrushchev");
		Document plain = html(mvc().perform(get("/documents/" + BOOK)).andExpect(status().isOk()));
		assertThat(plain.select("mark")).isEmpty();
		Document article = html(
				mvc().perform(get("/documents/" + ARTICLE).param("q", "оттепель")).andExpect(status().isOk()));
		assertThat(article.select("#p1 mark").eachText()).containsExactly("о\u0301ттепель");
	}

	private MockMvc mvc() {
		return MockMvcBuilders.webAppContextSetup(this.context).build();
	}

	private static Document html(ResultActions result) throws Exception {
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private SearchResults search(String q) {
		return this.search.search(request(q, Map.of()));
	}

	static SearchRequest request(String q, Map<String, String> params) {
		Map<String, String> all = new HashMap<>(params);
		all.put("q", q);
		return SearchRequest.of(all);
	}

	/** The anchors of the hits of every page of results, in order. */
	private List<String> anchors(String q) {
		return allHits(q).stream().map((h) -> h.documentSlug() + "#" + h.anchor()).toList();
	}

	/** The hits of every page of results, in order. */
	private List<SearchHit> allHits(String q) {
		List<SearchHit> hits = new ArrayList<>();
		for (int page = 1;; page++) {
			SearchResults results = this.search.search(request(q, Map.of("page", String.valueOf(page))));
			for (HitGroup group : results.groups()) {
				hits.addAll(allHits(q, group.slug()));
			}
			if (page >= results.pager().getTotalPages()) {
				return hits;
			}
		}
	}

	/** The hits of one document, every page of them, in reading order. */
	private List<SearchHit> allHits(String q, String slug) {
		List<SearchHit> hits = new ArrayList<>();
		for (int page = 1;; page++) {
			SearchResults results = this.search
				.search(request(q, Map.of("document", slug, "page", String.valueOf(page))));
			hits.addAll(results.hits());
			if (page >= results.pager().getTotalPages()) {
				return hits;
			}
		}
	}

	/** The words highlighted in the snippets of every page of results. */
	private List<String> matchedWords(String q) {
		return allHits(q).stream().flatMap((h) -> {
			String text = h.snippet().text();
			return h.snippet().matches().stream().map((Range r) -> text.substring(r.start(), r.end()));
		}).toList();
	}

	static Map<String, Long> facet(SearchResults results, String name) {
		return results.facets().stream().filter((f) -> f.name().equals(name)).findFirst().map((f) -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			f.values().forEach((v) -> counts.put(v.value(), v.count()));
			return counts;
		}).orElse(Map.of());
	}

}

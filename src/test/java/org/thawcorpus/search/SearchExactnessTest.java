package org.thawcorpus.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.importer.ImportStatus;
import org.thawcorpus.importer.SourceImporter;
import org.thawcorpus.search.MatchRanges.Range;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The examples of issue 17 on the seeds, as a historian tried them: quoted phrases are
 * literal, register spellings widen words only outside quotes and say so, a name inside a
 * longer name is found under its variants, suggestions are forms of the same word, hits
 * are named as a reader names them, and the API honours {@code size}.
 */
@CorpusTest
class SearchExactnessTest {

	static final String BLOG = CorpusSearchTest.BLOG;

	@Autowired
	CorpusSearch search;

	@Autowired
	Concordance concordance;

	@Autowired
	SourceImporter importer;

	@Autowired
	MockMvc mvc;

	@Test
	void aQuotedPhraseMatchesThoseWordsAsWrittenAndNeverARegisterVariant() {
		SearchResults quoted = search("\"secret speech\"", Map.of());
		SearchResults unquoted = search("secret speech", Map.of());
		assertThat(hitWords("\"secret speech\"")).isNotEmpty().allMatch((w) -> w.equalsIgnoreCase("secret speech"));
		assertThat(quoted.alsoFound()).isEmpty();
		// The review that calls it "the silent speech" is found without quotes only,
		// and the page says why.
		assertThat(places("secret speech")).containsAll(places("\"secret speech\""));
		assertThat(unquoted.total()).isGreaterThan(quoted.total());
		assertThat(hitWords("secret speech")).contains("silent speech");
		assertThat(unquoted.alsoFound()).singleElement().satisfies((a) -> {
			assertThat(a.typed()).isEqualTo("secret speech");
			assertThat(a.forms()).extracting(AlsoFound.Form::text).containsExactly("silent speech");
			assertThat(a.entries()).containsExactly("Secret Speech");
		});
		assertThat(search("secret speech", Map.of("spelling", "as-written")).total()).isEqualTo(quoted.total());
	}

	@Test
	void aQuotedPhraseFoldsCaseAndDiacriticsButNotEndings() {
		assertThat(search("\"HRUSCEV\"", Map.of()).total()).isEqualTo(search("\"Hruščev\"", Map.of()).total())
			.isPositive();
		assertThat(search("\"secret speeches\"", Map.of()).total()).isZero();
		assertThat(search("secret speeches", Map.of("spelling", "as-written")).total()).isPositive();
	}

	@Test
	void aSpellingVariantFindsWhatTheNameFindsAndSaysWhichSpellingsItAdded() {
		Set<String> kruschev = places("Kruschev");
		assertThat(kruschev).isEqualTo(places("Khrushchev"))
			.contains("a-thaw-that-would-not-refreeze#p2")
			.isEqualTo(places("Хрущёв"));
		// "known as the Khrushchev thaw": Khrushchev inside the name of the Thaw
		assertThat(hitWords("Kruschev")).contains("Khrushchev", "Hruščev", "Khushchev");
		SearchResults results = search("Kruschev", Map.of());
		assertThat(results.alsoFound()).singleElement().satisfies((a) -> {
			assertThat(a.forms()).extracting(AlsoFound.Form::text).contains("Khrushchev", "Hruščev", "Khushchev");
			assertThat(a.forms()).extracting(AlsoFound.Form::text).doesNotContain("Kruschev");
			assertThat(a.asWrittenLink()).isEqualTo("/search?q=Kruschev&spelling=as-written");
		});
		SearchResults asWritten = search("Kruschev", Map.of("spelling", "as-written"));
		assertThat(asWritten.total()).isPositive().isLessThan(results.total());
		assertThat(asWritten.alsoFound()).isEmpty();
		assertThat(hitWords("Kruschev", Map.of("spelling", "as-written"))).containsOnly("Kruschev");
	}

	@Test
	void suggestsOnlyFormsOfTheSameWordTheRegistersSpellingsFirst() {
		SearchResults beria = search("Beria", Map.of());
		assertThat(beria.total()).isZero();
		assertThat(beria.suggestions()).extracting(Suggestion::query)
			.noneMatch((q) -> q.contains("~") || q.matches("(?i).*(begin|berlin|beijing).*"));
		assertThat(hitWords("Beria~")).isEmpty();
		SearchResults misspelt = search("Ehrenberg", Map.of());
		assertThat(misspelt.suggestions()).isNotEmpty().allMatch((s) -> s.count() > 0);
		assertThat(misspelt.suggestions().get(0).query()).isEqualTo("Ehrenburg");
		assertThat(search("revoluton", Map.of()).suggestions()).extracting(Suggestion::query)
			.allMatch((q) -> q.toLowerCase().startsWith("revolution"));
		assertThat(search("Stalinn", Map.of()).suggestions()).extracting(Suggestion::query).containsExactly("Stalin");
	}

	@Test
	void namesHitsAsAReaderNamesThem() throws Exception {
		assertThat(labels("faltering")).containsExactly("Review by Jovan Autonomašević");
		assertThat(labels("\"Yet, she stayed a loyalist\"")).singleElement()
			.satisfies((l) -> assertThat(l).matches("Review by .+, paragraph 16"));
		assertThat(labels("\"firm grip\"")).containsExactly("Comment 1");
		assertThat(labels("Nahaylo")).containsExactly("Lead", "Citation [1] in the lead");
		Path fixture = Path.of("src/test/resources/fixtures/blog/says-comments-works-cited.txt");
		assertThat(this.importer.importFile(fixture).status()).isEqualTo(ImportStatus.IMPORTED);
		assertThat(labels("\"whether any recordings survive\"")).containsExactly("Comment by Kelly, paragraph 2");
		assertThat(labels("\"Look for the Melodiya\"")).containsExactly("Comment by Mark Danilov");
	}

	@Test
	void countsADecadeAsOneValueOfTheYearFacetAndNoPublicationYear() {
		// The review that says "the 1980s" (and 1956), and the article's citations
		// of books published in 1990, 1994, 1999 and 2006.
		Map<String, Long> years = CorpusSearchTest.facet(search("faltering", Map.of()), "year");
		assertThat(years).containsKeys("1980/1989", "1956").doesNotContainKeys("1980", "1985", "1989");
		Map<String, Long> cited = CorpusSearchTest.facet(search("Press", Map.of()), "year");
		assertThat(cited).doesNotContainKeys("1990", "1994", "1999", "2006");
		assertThat(search("faltering", Map.of("year", "1980/1989")).total()).isEqualTo(1);
		assertThat(search("faltering", Map.of("year", "1985")).total()).isZero();
	}

	@Test
	void honoursTheApiPageSizeUpToItsLimit() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "Stalin").param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pageSize").value(2))
			.andExpect(jsonPath("$.groups.length()").value(2))
			.andExpect(jsonPath("$.documents").value(3))
			.andExpect(jsonPath("$.pages").value(2));
		this.mvc.perform(get("/api/search").param("q", "Stalin").param("size", "101"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("from 1 to 100")));
		this.mvc.perform(get("/api/search").param("q", "Stalin").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.groups.length()").value(3));
	}

	@Test
	void showsTheAddedSpellingsAndTheSwitchOnTheResultsPage() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/search").param("q", "Kruschev"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select(".also-found li").text()).contains("Kruschev also found as", "Hruščev");
		assertThat(page.select(".also-found a").attr("href")).isEqualTo("/search?q=Kruschev&spelling=as-written");
		Document asWritten = Jsoup.parse(this.mvc.perform(get("/search?q=Kruschev&spelling=as-written"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(asWritten.select(".result-summary").text()).contains("words as written");
		assertThat(asWritten.select("input[name=spelling]").val()).isEqualTo("as-written");
		this.mvc.perform(get("/search?q=Kruschev&spelling=loose")).andExpect(status().isBadRequest());
	}

	private SearchResults search(String q, Map<String, String> params) {
		Map<String, String> all = new HashMap<>(params);
		all.put("q", q);
		return this.search.search(SearchRequest.of(all));
	}

	/** Every passage and citation matched, as "document#anchor", from the concordance. */
	private Set<String> places(String q) {
		return new TreeSet<>(lines(q, Map.of()).stream().map((l) -> l.document() + "#" + l.anchor()).toList());
	}

	private List<String> hitWords(String q) {
		return hitWords(q, Map.of());
	}

	private List<String> hitWords(String q, Map<String, String> params) {
		return lines(q, params).stream().map(ConcordanceLine::hit).toList();
	}

	private List<ConcordanceLine> lines(String q, Map<String, String> params) {
		Map<String, String> all = new HashMap<>(params);
		all.put("q", q);
		return this.concordance.export(ConcordanceRequest.of(all));
	}

	private List<String> labels(String q) {
		List<String> labels = new ArrayList<>();
		for (HitGroup group : search(q, Map.of()).groups()) {
			group.hits().forEach((h) -> labels.add(h.label()));
		}
		return labels;
	}

	static List<String> matched(SearchHit hit) {
		String text = hit.snippet().text();
		return hit.snippet().matches().stream().map((Range r) -> text.substring(r.start(), r.end())).toList();
	}

}

package org.thawcorpus.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.document.CorpusVersion;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageLinks;
import org.thawcorpus.document.PassageRepository;
import org.thawcorpus.importer.ImportStatus;
import org.thawcorpus.importer.SourceImporter;
import org.thawcorpus.system.BadRequestException;
import org.thawcorpus.system.PastTheEndException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.everyItem;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The concordance of a search on the seeds: every match a line aligned on it, each line
 * true to its passage and linked to it; sorted by left context, match or right context;
 * grouped; exported whole as CSV and JSON.
 */
@CorpusTest
class ConcordanceTest {

	@Autowired
	Concordance concordance;

	@Autowired
	PassageRepository passages;

	@Autowired
	MockMvc mvc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	CorpusVersion version;

	@Autowired
	PassageLinks links;

	@Autowired
	SourceImporter importer;

	@TempDir
	Path dir;

	@Test
	void makesALineOfEveryMatchTrueToItsPassage() {
		List<ConcordanceLine> lines = lines("Stalin", Map.of());
		Map<String, String> texts = new HashMap<>();
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			for (Passage p : this.passages.findAll()) {
				texts.put(p.getDocument().getSlug() + "#" + p.getAnchor(), p.getText().replace('\n', ' '));
			}
		});
		assertThat(lines).hasSizeGreaterThan(30).allSatisfy((l) -> {
			assertThat(l.hit()).containsIgnoringCase("stalin");
			if (l.part() != Part.CITATION) {
				String text = texts.get(l.document() + "#" + l.anchor());
				assertThat(text.substring(l.start() - l.left().length(),
						l.start() + l.hit().length() + l.right().length()))
					.isEqualTo(l.text());
			}
			assertThat(l.left().length()).isLessThanOrEqualTo(Concordance.CONTEXT);
			assertThat(l.permalink()).endsWith("/documents/" + l.document() + "?at=" + l.anchor());
		});
	}

	@Test
	void sortsByLeftContextHitOrRightContext() {
		List<ConcordanceLine> right = lines("Khrushchev", Map.of("sort", "right"));
		assertThat(right).extracting((l) -> TextTokens.folded(l.right()))
			.isSortedAccordingTo(Comparator.naturalOrder());
		List<ConcordanceLine> left = lines("Khrushchev", Map.of("sort", "left"));
		assertThat(left).extracting((l) -> {
			List<String> words = new ArrayList<>(TextTokens.terms(TextTokens.EXACT, l.left()));
			java.util.Collections.reverse(words);
			return String.join(" ", words);
		}).isSortedAccordingTo(Comparator.naturalOrder());
		assertThat(left).hasSameSizeAs(right).containsExactlyInAnyOrderElementsOf(right);
		List<ConcordanceLine> hits = lines("Khrushchev", Map.of("sort", "hit"));
		assertThat(hits).extracting((l) -> TextTokens.folded(l.hit())).isSortedAccordingTo(Comparator.naturalOrder());
		assertThat(hits.get(0).hit()).isEqualTo("Hruščev");
		assertThatThrownBy(() -> lines("Khrushchev", Map.of("sort", "sideways")))
			.isInstanceOf(BadRequestException.class)
			.hasMessageContaining("sorts by document, left, hit or right");
	}

	@Test
	void groupsByFormDocumentKindPartReviewerAndYear() throws Exception {
		ConcordanceView forms = page(Map.of("q", "Khrushchev", "group", "form"));
		assertThat(forms.groups()).extracting(ConcordanceView.GroupCount::label)
			.startsWith("Khrushchev")
			.contains("Hruščev", "Khushchev", "Khruschev", "Kruschev");
		assertThat(forms.groups().stream().mapToLong(ConcordanceView.GroupCount::lines).sum()).isEqualTo(forms.total());
		ConcordanceView.GroupCount hruscev = forms.groups()
			.stream()
			.filter((g) -> g.label().equals("Hruščev"))
			.findFirst()
			.orElseThrow();
		assertThat(hruscev.link()).isEqualTo("/search/concordance?q=Khrushchev&group=form&value=hruscev");
		ConcordanceView shown = page(Map.of("q", "Khrushchev", "group", "form", "value", "hruscev"));
		assertThat(shown.lines().getContent()).hasSize((int) hruscev.lines())
			.allMatch((r) -> r.line().hit().equals("Hruščev"));
		assertThat(shown.groupShown()).isEqualTo("Hruščev");
		for (String group : List.of("document", "kind", "part", "reviewer", "year", "mentioned")) {
			ConcordanceView grouped = page(Map.of("q", "Khrushchev", "group", group));
			assertThat(grouped.groups()).as(group).isNotEmpty();
			assertThat(grouped.groups()).as(group)
				.extracting(ConcordanceView.GroupCount::lines)
				.isSortedAccordingTo(Comparator.reverseOrder());
		}
		assertThat(page(Map.of("q", "Khrushchev", "group", "reviewer")).groups())
			.extracting(ConcordanceView.GroupCount::label)
			.contains("John Ryan", "Not in a review");
		assertThat(page(Map.of("q", "Khrushchev", "group", "year")).groups())
			.extracting(ConcordanceView.GroupCount::label)
			.contains("No date");
	}

	@Test
	void makesTheLinesOfASearchOnceForEachVersionOfTheCorpus() {
		List<ConcordanceLine> first = lines("Khrushchev", Map.of("sort", "left"));
		assertThat(lines("Khrushchev", Map.of("sort", "left"))).as("the same search again").isSameAs(first);
		assertThat(lines("Khrushchev", Map.of("sort", "right"))).as("another order of the same lines")
			.containsExactlyInAnyOrderElementsOf(first);
		this.version.changed();
		assertThat(lines("Khrushchev", Map.of("sort", "left"))).as("after a change to the corpus")
			.isNotSameAs(first)
			.isEqualTo(first);
	}

	@Test
	void showsTheGroupsAPageAtATime() {
		ConcordanceView documents = page(Map.of("q", "the", "group", "document"));
		assertThat(documents.groups().getContent()).hasSizeLessThanOrEqualTo(Concordance.GROUPS_PER_PAGE);
		assertThat(documents.groups().getTotalElements()).isGreaterThan(1);
		assertThat(documents.lines().getContent()).isEmpty();
		int last = documents.groups().getTotalPages();
		assertThatThrownBy(() -> page(Map.of("q", "the", "group", "document", "page", Integer.toString(last + 1))))
			.isInstanceOf(PastTheEndException.class)
			.hasMessageContaining("groups");
	}

	@Test
	void linksEachLineToThePageThatHoldsItsPassage() throws Exception {
		Document page = html("/search/concordance?q=faltering");
		Element row = page.selectFirst("table.concordance tbody tr");
		assertThat(row.select(".kwic-hit mark").text()).isEqualTo("faltering");
		assertThat(row.select(".kwic-left").text()).endsWith("Hruščev's");
		assertThat(row.select(".kwic-where a").attr("href"))
			.isEqualTo("/documents/" + CorpusSearchTest.BOOK + "?q=faltering#r1-1");
		assertThat(page.select(".concordance-controls a[href*=sort=left]").text()).isEqualTo("by left context");
		assertThat(page.select(".concordance-controls a[href*=format=csv]").attr("href"))
			.isEqualTo("/api/search?q=faltering&format=csv");
	}

	@Test
	void linksEachLineWhereTheDatabasePlacesItsPassage() {
		ConcordanceView first = page(Map.of("q", "Stalin"));
		List<ConcordanceView.Row> rows = new ArrayList<>();
		for (int p = 1; p <= first.lines().getTotalPages(); p++) {
			rows.addAll(page(Map.of("q", "Stalin", "page", Integer.toString(p))).lines().getContent());
		}
		assertThat(rows).extracting((r) -> r.line().part())
			.contains(Part.REVIEW, Part.CITATION, Part.TEXT, Part.COMMENT);
		List<PassageLinks.Place> places = rows.stream()
			.map((r) -> new PassageLinks.Place(r.line().document(), r.line().anchor()))
			.toList();
		Map<PassageLinks.Place, String> looked = new TransactionTemplate(this.transactions)
			.execute((status) -> this.links.of(places, "Stalin"));
		assertThat(rows).allSatisfy((r) -> assertThat(r.href()).as(r.line().document() + " " + r.line().anchor())
			.isEqualTo(looked.get(new PassageLinks.Place(r.line().document(), r.line().anchor()))));
	}

	@Test
	void linksAReviewBeyondTheReadingViewToItsPageOfTheReviewList() throws IOException {
		Path file = this.dir.resolve("long-page.txt");
		try (var in = getClass().getClassLoader().getResourceAsStream("fixtures/book/long-page.txt")) {
			Files.copy(in, file);
		}
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.IMPORTED);
		String q = "\"women who spoke at the meetings\"";
		List<ConcordanceView.Row> rows = page(Map.of("q", q, "part", "REVIEW")).lines().getContent();
		assertThat(rows).filteredOn((r) -> r.line().anchor().startsWith("r30-"))
			.isNotEmpty()
			.allSatisfy((r) -> assertThat(r.href()).contains("/reviews?page=2&q=").endsWith("#" + r.line().anchor()));
	}

	@Test
	void streamsTheExportAfterRefusingBadInputWithASentence() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "Khrushchev AND").param("format", "csv"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.detail").isString());
		this.mvc.perform(get("/api/search").param("q", "Khrushchev").param("format", "xlsx"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The concordance is exported as csv or json; \"xlsx\" is neither."));
		this.mvc.perform(get("/api/search").param("q", "Khrushchev").param("format", "csv"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("ETag"));
		this.mvc.perform(get("/api/search").param("q", "Khrushchev")).andExpect(header().exists("ETag"));
	}

	@Test
	void exportsTheWholeConcordanceNotAPageAsCsvAndJson() throws Exception {
		int all = lines("the", Map.of()).size();
		assertThat(all).isGreaterThan(Concordance.LINES_PER_PAGE);
		String csv = this.mvc.perform(get("/api/search").param("q", "the").param("format", "csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"concordance-the.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String[] rows = csv.split("\r\n");
		assertThat(rows[0]).startsWith("document,anchor,left,hit,right,line");
		assertThat(rows).hasSize(all + 1);
		int phrases = lines("\"secret speech\"", Map.of()).size();
		this.mvc.perform(get("/api/search").param("q", "\"secret speech\"").param("format", "json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(phrases))
			.andExpect(jsonPath("$.lines.length()").value(phrases))
			.andExpect(jsonPath("$.lines[*].hit", everyItem(equalToIgnoringCase("secret speech"))))
			.andExpect(jsonPath("$.lines[0].document").isString())
			.andExpect(jsonPath("$.lines[0].anchor").isString())
			.andExpect(jsonPath("$.lines[0].left").isString())
			.andExpect(jsonPath("$.lines[0].right").isString())
			.andExpect(jsonPath("$.lines[0].line").isNumber());
		this.mvc.perform(get("/api/search").param("q", "the").param("format", "pdf"))
			.andExpect(status().isBadRequest());
	}

	private List<ConcordanceLine> lines(String q, Map<String, String> params) {
		Map<String, String> all = new HashMap<>(params);
		all.put("q", q);
		return this.concordance.export(ConcordanceRequest.of(all));
	}

	private ConcordanceView page(Map<String, String> params) {
		return this.concordance.page(ConcordanceRequest.of(params));
	}

	private Document html(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}

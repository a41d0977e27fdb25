package org.thawcorpus.citation;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.document.DocumentSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Citations across documents: the seeds plus an article of our own that cites two of
 * their works.
 */
@SpringBootTest(properties = "thaw.sources=seeds,src/test/resources/fixtures/corpus/citing-article.txt,"
		+ "src/test/resources/fixtures/book/long-page.txt")
@AutoConfigureMockMvc
class CrossDocumentCitationTest {

	@Autowired
	CitationService citations;

	@Autowired
	MockMvc mvc;

	@Test
	void linksACitationOfABookToThatBooksPageInTheCorpus() {
		CitationInfo smith = find("Moscow 1956");
		assertThat(smith.authors()).containsExactly("Smith, Kathleen E.");
		assertThat(smith.year()).isEqualTo(2017);
		assertThat(this.citations.detail(smith.id()).corpusDocuments()).extracting(DocumentSummary::slug)
			.containsExactly("moscow-1956-the-silenced-spring");
	}

	@Test
	void findsTheSameWorkCitedWithAnIsbn10InOneDocumentAndAnIsbn13InAnother() {
		CitationInfo seed = citationsOf("the-khrushchev-thaw").stream()
			.filter((c) -> "0-8047-5606-6".equals(c.isbn()))
			.findFirst()
			.orElseThrow();
		CitationDetail detail = this.citations.detail(seed.id());
		assertThat(detail.sameWork()).extracting(CitationInfo::documentSlug)
			.contains("provincial-reactions-to-the-secret-speech");
		assertThat(detail.sameWork()).extracting(CitationInfo::isbn).contains("978-0-8047-5606-8");
		assertThat(seed.isbn13()).isEqualTo("9780804756068");
		assertThat(seed.isbnHyphenated()).isEqualTo("978-0-8047-5606-8");
	}

	@Test
	void flagsAMisprintedIsbnWithTheReasonAndKeepsItAsPrinted() throws Exception {
		CitationInfo misprint = citationsOf("provincial-reactions-to-the-secret-speech").stream()
			.filter((c) -> "0-8047-5606-7".equals(c.isbn()))
			.findFirst()
			.orElseThrow();
		assertThat(misprint.isbnValid()).isFalse();
		assertThat(misprint.isbn13()).isNull();
		assertThat(misprint.isbnProblem()).contains("6").contains("7");
		this.mvc.perform(get("/citations/" + misprint.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0-8047-5606-7")))
			.andExpect(content().string(containsString("invalid: " + misprint.isbnProblem())));
		this.mvc.perform(get("/api/citations/" + misprint.id()).param("format", "ris"))
			.andExpect(content().string(not(containsString("SN  - "))))
			.andExpect(content().string(containsString("0-8047-5606-7")));
	}

	@Test
	void showsTheCorpusDocumentOnTheCitationPage() throws Exception {
		this.mvc.perform(get("/citations/" + find("Moscow 1956").id()))
			.andExpect(content().string(containsString("The cited work is itself a source of this corpus")))
			.andExpect(content().string(containsString("href=\"/documents/moscow-1956-the-silenced-spring\"")));
	}

	private CitationInfo find(String titleStart) {
		return all().stream()
			.filter((c) -> c.title() != null && c.title().startsWith(titleStart))
			.findFirst()
			.orElseThrow();
	}

	private List<CitationInfo> citationsOf(String slug) {
		return all().stream().filter((c) -> c.documentSlug().equals(slug)).toList();
	}

	private List<CitationInfo> all() {
		return this.citations.page(Pageable.unpaged()).getContent();
	}

}

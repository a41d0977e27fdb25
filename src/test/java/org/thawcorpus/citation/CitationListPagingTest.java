package org.thawcorpus.citation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.Pages;
import org.thawcorpus.importer.SourceImporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list of citations over more than one page: by document title, each document's
 * citations together and in their order, the second page going on where the first ends.
 */
@CorpusTest
class CitationListPagingTest {

	static final int CITED = 60;

	@TempDir
	Path dir;

	@Autowired
	SourceImporter importer;

	@Autowired
	MockMvc mvc;

	@Test
	void theSecondPageGoesOnWhereTheFirstEndsAndAPageAfterTheLastSaysHowManyThereAre() throws Exception {
		StringBuilder text = new StringBuilder("Zz Many Citations\n\n");
		for (int i = 1; i <= CITED; i++) {
			text.append("A paragraph that cites a study (Anna Writer (1990), A Study of Things, p. ")
				.append(i)
				.append(". River Press).\n\n");
		}
		Path source = this.dir.resolve("many-citations.txt");
		Files.writeString(source, text);
		this.importer.importSources(List.of(source.toString()));

		Document first = page("/citations");
		Document second = page("/citations?page=2");
		assertThat(first.select("table.citations tbody tr")).hasSize(CitationController.PAGE_SIZE);
		int total = Integer.parseInt(first.select("table.citations caption").text().replaceAll("\\D", ""));
		assertThat(total).isGreaterThan(CITED);
		assertThat(second.select("table.citations tbody tr")).hasSize(total - CitationController.PAGE_SIZE);

		List<Integer> ours = new ArrayList<>();
		for (Document page : List.of(first, second)) {
			page.select("table.citations tbody tr td:last-child")
				.stream()
				.map((cell) -> cell.text())
				.filter((citedIn) -> citedIn.startsWith("Zz Many Citations, p"))
				.forEach((citedIn) -> ours.add(Integer.valueOf(citedIn.replaceAll(".*, p", ""))));
		}
		assertThat(ours).as("the passages that cite, in the list's order").hasSize(CITED).isSorted();
		assertThat(ours).doesNotHaveDuplicates();

		String past = this.mvc.perform(get("/citations").param("page", "3"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(past).select("p.message").text())
			.isEqualTo("There are " + total + " citations on 2 pages; there is no page 3.");
	}

	private Document page(String path) throws Exception {
		return Pages.html(this.mvc, path);
	}

}

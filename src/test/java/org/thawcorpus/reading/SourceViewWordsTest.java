package org.thawcorpus.reading;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The source view names what each line became as a reader of the document would: the
 * title, the heading with its text, the passage by its number with the citations in it,
 * and marks those citations inside the line.
 */
@CorpusTest
class SourceViewWordsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void eachLineIsNamedInAReadersWordsWithTheCitationsInsideItMarked() throws Exception {
		Document source = page("/documents/the-khrushchev-thaw/source");
		assertThat(source.select("#L1 td.became a").text()).isEqualTo("Passage 1");
		assertThat(source.select("#L3 td.became a").text()).isEqualTo("Passage 2");
		assertThat(source.select("#L5 td.became a").text()).isEqualTo("Passage 3 with citations 1 and 2");
		assertThat(source.select("#L7 td.became").text())
			.isEqualTo("The heading “Polish and Hungarian Revolutions of 1956”");
		assertThat(source.select("#L5 td.text .cited").eachText()).hasSize(2)
			.satisfiesExactly((first) -> assertThat(first).startsWith("{Nahaylo, Bohdan").endsWith("0-02-922401-2)"),
					(second) -> assertThat(second).startsWith("(Ronald Grigor Suny (1994)").endsWith("0-253-20915-3)"));
		String line5 = Files.readAllLines(Path.of("seeds", "000_cf6c488935fe36eb.txt")).get(4);
		assertThat(source.select("#L5 td.text").first().wholeText()).isEqualTo(line5);
		assertThat(source.select("#L3 td.text .cited")).isEmpty();
	}

	private Document page(String path) throws Exception {
		return Pages.html(this.mvc, path);
	}

}

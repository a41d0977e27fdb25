package org.thawcorpus.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentNoteRepository;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.SourceLine;
import org.thawcorpus.document.SourceLineRepository;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.NoteKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Text copies of real pages, their site's menu at the head and footer at the foot, go
 * through the importer with that furniture accounted as furniture and the title the page
 * states.
 */
@CorpusTest
class SiteFurnitureImportTest {

	@TempDir
	Path dir;

	@Autowired
	SourceImporter importer;

	@Autowired
	DocumentRepository documents;

	@Autowired
	SourceLineRepository sourceLines;

	@Autowired
	DocumentNoteRepository notes;

	@Autowired
	MockMvc mvc;

	private Document importFixture(String fixture, String name) throws IOException {
		Path file = this.dir.resolve(name);
		try (InputStream in = SiteFurnitureImportTest.class.getResourceAsStream("/fixtures/" + fixture)) {
			Files.write(file, in.readAllBytes());
		}
		ImportOutcome outcome = this.importer.importFile(file);
		assertThat(outcome.status()).isEqualTo(ImportStatus.IMPORTED);
		return this.documents.findBySourcePath(file.toString()).orElseThrow();
	}

	@Test
	void storesAPlainCopysMenuAndFooterAsFurnitureAndItsStatedTitle() throws Exception {
		Document document = importFixture("text/site-menu-and-footer.txt", "stage.txt");
		assertThat(document.getTitle()).isEqualTo("The Thaw on Stage: Theatre in Moscow, 1956");
		assertThat(document.getLinesAccounted()).isEqualTo(document.getLinesPresent());
		assertThat(document.getFurnitureCount()).isEqualTo(18);
		List<SourceLine> furniture = this.sourceLines.findByDocumentIdAndRoleOrderByLine(document.getId(),
				LineRole.FURNITURE);
		assertThat(furniture).extracting(SourceLine::getLabel)
			.contains("skip link", "site menu", "search box", "sign-in prompt", "share buttons", "page footer",
					"copyright line");
		assertThat(this.notes.findByDocumentIdOrderByPosition(document.getId()))
			.noneMatch((note) -> note.getKind() == NoteKind.TITLE_FROM_FIRST_LINE);
		this.mvc.perform(get("/documents/{slug}", document.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Cookie settings"))));
	}

	@Test
	void showsABookPagesAbbreviatedCountsAsPrintedAndItsFullCountsGrouped() throws Exception {
		Document document = importFixture("book/site-menu-and-footer.txt", "apartment.txt");
		assertThat(document.getTitle()).isEqualTo("The Thaw Apartment");
		assertThat(document.getLinesAccounted()).isEqualTo(document.getLinesPresent());
		assertThat(this.sourceLines.findByDocumentIdAndRoleOrderByLine(document.getId(), LineRole.FURNITURE))
			.filteredOn((line) -> line.getLine() <= 9)
			.extracting(SourceLine::getLabel)
			.containsOnly("site menu", "sign-in prompt")
			.hasSize(9);
		this.mvc.perform(get("/documents/{slug}", document.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("103k readers")))
			.andExpect(content().string(containsString("2m readers")))
			.andExpect(content().string(containsString("(12 books, 15.2k followers)")))
			.andExpect(content().string(containsString("15.2k followers")))
			.andExpect(content().string(containsString("<span>5,000</span>")))
			.andExpect(content().string(containsString("<td>5,000</td>")))
			.andExpect(content().string(containsString("value=\"12340\">12,340</data>")));
	}

}

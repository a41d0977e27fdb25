package org.thawcorpus.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.document.CorpusVersion;
import org.thawcorpus.document.DocumentRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The corpus's version as an import raises it: with the commit of each file written or of
 * metadata changed, never for a file unchanged or refused, so that a reading view kept
 * from before a file's import is not sent after it.
 */
@CorpusTest
class CorpusVersionImportTest {

	@TempDir
	Path dir;

	@Autowired
	SourceImporter importer;

	@Autowired
	DocumentRepository documents;

	@Autowired
	CorpusVersion version;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aFileImportedRaisesTheVersionOnceAndAFileUnchangedDoesNot() throws IOException {
		long before = stored();
		Path file = write("essay.txt", "An Essay\n\nA first paragraph.\n");
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.IMPORTED);
		assertThat(stored()).isEqualTo(before + 1);
		assertThat(this.version.current()).isEqualTo(before + 1);
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.UNCHANGED);
		assertThat(stored()).isEqualTo(before + 1);
	}

	@Test
	void aMetadataFileChangedBesideAnUnchangedFileRaisesTheVersionOnce() throws IOException {
		Path file = write("essay.txt", "An Essay\n\nA first paragraph.\n");
		this.importer.importFile(file);
		long before = stored();
		write("essay.txt.meta", "site: Essays of 1957\n");
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.UNCHANGED);
		assertThat(stored()).isEqualTo(before + 1);
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.UNCHANGED);
		assertThat(stored()).isEqualTo(before + 1);
		Files.delete(this.dir.resolve("essay.txt.meta"));
		this.importer.importFile(file);
		assertThat(stored()).isEqualTo(before + 2);
	}

	@Test
	void aFileRefusedWhileWrittenLeavesTheVersionAsItWas() throws IOException {
		long before = stored();
		Path page = write("page.html",
				"<!DOCTYPE html>\n<html><head><title>A Page</title></head>\n<body>\n"
						+ "<h1>A Page</h1>\n<p>A paragraph.</p>\n<h2>" + "Heading ".repeat(200).strip() + "</h2>\n"
						+ "<p>Another paragraph.</p>\n</body></html>\n");
		assertThat(this.importer.importFile(page).status()).isEqualTo(ImportStatus.FAILED);
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void theReadingViewOfAFileImportedAgainShowsTheNewText() throws Exception {
		Path file = write("essay.txt", "An Essay\n\nA first paragraph.\n");
		this.importer.importFile(file);
		String slug = this.documents.findBySourcePath(file.toString()).orElseThrow().getSlug();
		this.mvc.perform(get("/documents/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A first paragraph.")));
		write("essay.txt", "An Essay\n\nA rewritten paragraph.\n");
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.IMPORTED);
		this.mvc.perform(get("/documents/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A rewritten paragraph.")))
			.andExpect(content().string(not(containsString("A first paragraph."))));
	}

	private long stored() {
		return this.jdbc.sql("select version from corpus_version where id = 1").query(Long.class).single();
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(this.dir.resolve(name), text, StandardCharsets.UTF_8);
	}

}

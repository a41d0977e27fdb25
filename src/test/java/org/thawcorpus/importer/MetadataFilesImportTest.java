package org.thawcorpus.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.citation.export.ZoteroImport;
import org.thawcorpus.document.DocumentRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A metadata file beside a source: no source itself, read at every import, its facts in
 * the source's references, what it gets wrong in the import report.
 */
@CorpusTest
class MetadataFilesImportTest {

	/** A blog post whose byline gives its author and day, not its blog or address. */
	private static final Path POST = Path.of("src/test/resources/fixtures/blog/says-comments-works-cited.txt");

	@TempDir
	Path dir;

	@Autowired
	SourceImporter importer;

	@Autowired
	DocumentRepository documents;

	@Autowired
	ImportRecordRepository records;

	@Autowired
	MockMvc mvc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void importsTheSourceAndNotItsMetadataFile() throws IOException {
		copy("festival.txt");
		write("festival.txt.meta", "site: Festival Letters\n");
		List<ImportOutcome> outcomes = this.importer.importSources(List.of(this.dir.toString())).outcomes();
		assertThat(outcomes).extracting(ImportOutcome::path)
			.containsExactly(this.dir.resolve("festival.txt").toString());
		assertThat(this.documents.findBySourcePath(this.dir.resolve("festival.txt.meta").toString())).isEmpty();
	}

	@Test
	void putsWhatTheFileSuppliesBesideWhatTheCopySays() throws Exception {
		Path post = copy("festival.txt");
		write("festival.txt.meta", """
				site: Festival Letters
				url: https://example.org/2019/03/letters
				accessed: 2020-01-15
				""");
		this.importer.importFile(post);
		List<ZoteroImport.Item> items = ZoteroImport.ris(export(slug(post)));
		ZoteroImport.Item item = items.get(0);
		assertThat(item.itemType()).isEqualTo("blogPost");
		assertThat(item.creators()).containsExactly("Keller, Anna");
		assertThat(item.date()).isEqualTo("2019-03-03");
		assertThat(item.title()).isEqualTo("Jazz in the Thaw Years");
		assertThat(item.container()).isEqualTo("Festival Letters");
		assertThat(item.url()).isEqualTo("https://example.org/2019/03/letters");
		assertThat(item.accessDate()).isEqualTo("2020-01-15");
		assertThat(String.join(" ", item.notes())).doesNotContain("does not state");
	}

	@Test
	void readsAnEditedFileAgainWhenTheSourceIsUnchanged() throws Exception {
		Path post = copy("festival.txt");
		write("festival.txt.meta", "site: Festival Letters\n");
		this.importer.importFile(post);
		write("festival.txt.meta", "site: Letters of 1957\n");
		assertThat(this.importer.importFile(post).status()).isEqualTo(ImportStatus.UNCHANGED);
		assertThat(ZoteroImport.ris(export(slug(post))).get(0).container()).isEqualTo("Letters of 1957");
		Files.delete(this.dir.resolve("festival.txt.meta"));
		this.importer.importFile(post);
		assertThat(ZoteroImport.ris(export(slug(post))).get(0).container()).isNull();
	}

	@Test
	void reportsTheLinesItCannotReadAsWarningsOfTheSourceOnce() throws Exception {
		Path post = copy("festival.txt");
		this.importer.importFile(post);
		write("festival.txt.meta", "site: Festival Letters\npublished: spring 1957\n");
		ImportOutcome unchanged = this.importer.importFile(post);
		this.importer.importFile(post);
		assertThat(unchanged.status()).isEqualTo(ImportStatus.UNCHANGED);
		assertThat(unchanged.warnings()).isEqualTo(1);
		List<String> warnings = new TransactionTemplate(this.transactions)
			.execute((status) -> this.records.findBySourcePath(post.normalize().toString())
				.orElseThrow()
				.getWarnings()
				.stream()
				.map(ImportRecord.Warning::getMessage)
				.filter((m) -> m.contains("metadata file"))
				.toList());
		assertThat(warnings).containsExactly("Line 2 of the metadata file \u201Cfestival.txt.meta\u201D gives "
				+ "\u201Cspring 1957\u201D as published, which is no year, month or day written as 2015, 2015-03 or "
				+ "2015-03-24; the line was left out.");
		assertThat(ZoteroImport.ris(export(slug(post))).get(0).container()).isEqualTo("Festival Letters");
	}

	private String slug(Path file) {
		return this.documents.findBySourcePath(file.normalize().toString()).orElseThrow().getSlug();
	}

	private String export(String slug) throws Exception {
		return this.mvc.perform(get("/api/documents/" + slug + "/cite").param("format", "ris"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Path copy(String name) throws IOException {
		return Files.copy(POST, this.dir.resolve(name));
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(this.dir.resolve(name), text, StandardCharsets.UTF_8);
	}

}

package org.thawcorpus.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.SourceLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text within the documented limits that the database could not hold as parsed: refused
 * with a sentence and the line, before anything is written, the earlier import kept.
 */
@CorpusTest
class StoredLimitsImportTest {

	@TempDir
	Path dir;

	@Autowired
	SourceImporter importer;

	@Autowired
	DocumentRepository documents;

	@Autowired
	ImportReportService reports;

	@Autowired
	ColumnLimits limits;

	@Test
	void aParagraphLongerThanAPassageHoldsIsRefusedWithItsLinesAndTheEarlierImportIsKept() throws IOException {
		Path file = Files.writeString(this.dir.resolve("essay.txt"), "An Essay\n\nA short paragraph.\n");
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.IMPORTED);
		Document before = this.documents.findBySourcePath(file.toString()).orElseThrow();
		String line = "Words of one line of a paragraph that never has a blank line, 1956.\n";
		int lines = 50_000;
		Files.writeString(file, "An Essay\n\n" + line.repeat(lines));
		assertThat(Files.size(file)).isLessThan(4L * 1024 * 1024);
		ImportOutcome outcome = this.importer.importFile(file);
		assertThat(outcome.status()).isEqualTo(ImportStatus.FAILED);
		int length = line.length() * lines - 1;
		assertThat(outcome.message()).isEqualTo(String.format("The paragraph on lines 3–50002 is %,d characters "
				+ "long, over the 1,048,576 a passage can hold; put blank lines between its paragraphs. The earlier "
				+ "import of this file is kept.", length));
		assertThat(report("essay.txt").warnings()).singleElement().satisfies((w) -> assertThat(w.line()).isEqualTo(3));
		Document after = this.documents.findBySourcePath(file.toString()).orElseThrow();
		assertThat(after.getId()).isEqualTo(before.getId());
		assertThat(after.getPassageCount()).isEqualTo(1);
	}

	@Test
	void aHeadingLongerThanASectionTitleHoldsIsRefusedWithItsLineAndNothingIsWritten() throws IOException {
		String heading = "Heading ".repeat(200).strip();
		assertThat(heading.length()).isGreaterThan(this.limits.length("sections", "title"));
		Path page = Files.writeString(this.dir.resolve("page.html"),
				"<!DOCTYPE html>\n<html><head><title>A Page"
						+ "</title></head>\n<body>\n<h1>A Page</h1>\n<p>A paragraph.</p>\n<h2>" + heading + "</h2>\n"
						+ "<p>Another paragraph.</p>\n</body></html>\n");
		ImportOutcome outcome = this.importer.importFile(page);
		assertThat(outcome.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(outcome.message()).isEqualTo(String.format("A section's title (line 6) is %,d characters long, "
				+ "over the 1,000 the database holds for it. Nothing was imported.", heading.length()));
		assertThat(report("page.html").warnings()).singleElement().satisfies((w) -> assertThat(w.line()).isEqualTo(6));
		assertThat(this.documents.findBySourcePath(page.toString())).isEmpty();
	}

	@Test
	void theLimitsAreThoseTheDatabaseDeclares() {
		assertThat(this.limits.length("passages", "text")).isEqualTo(SourceFileReader.MAX_LINE_LENGTH);
		assertThat(this.limits.length("citations", "raw")).isEqualTo(FoundCitation.MAX_LENGTH);
		assertThat(this.limits.length("source_lines", "markup")).isEqualTo(SourceLine.MAX_MARKUP);
		assertThat(this.limits.length("documents", "title")).isEqualTo(1000);
		assertThat(this.limits.length("passages", "first_line")).isEqualTo(-1);
	}

	private ImportReport.FileReport report(String name) {
		return ReportEntries.named(this.reports, name);
	}

}

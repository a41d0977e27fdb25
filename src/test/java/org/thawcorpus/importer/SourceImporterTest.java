package org.thawcorpus.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.PassageRepository;
import org.thawcorpus.document.PassageRole;
import org.thawcorpus.source.text.TextKind;

import static org.assertj.core.api.Assertions.assertThat;

@CorpusTest
class SourceImporterTest {

	private static final String ESSAY = """
			Winter Letters

			The first paragraph of an essay about letters written in the winter of 1954.

			A second paragraph, which a later copy of the file changes.
			""";

	@TempDir
	Path dir;

	@Autowired
	SourceImporter importer;

	@Autowired
	DocumentRepository documents;

	@Autowired
	PassageRepository passages;

	@Autowired
	ImportReportService reports;

	@Test
	void importsAFileOnceAndSkipsItWhileItsContentIsUnchanged() throws IOException {
		Path file = write("letters.txt", ESSAY);
		ImportOutcome first = this.importer.importFile(file);
		ImportOutcome second = this.importer.importFile(file);
		assertThat(first.status()).isEqualTo(ImportStatus.IMPORTED);
		assertThat(first.kind()).isEqualTo(TextKind.KIND);
		assertThat(second.status()).isEqualTo(ImportStatus.UNCHANGED);
		assertThat(document(file).getTitle()).isEqualTo("Winter Letters");
	}

	@Test
	void replacesAChangedFileKeepingItsSlugAndTheAnchorsOfUnchangedText() throws IOException {
		Path file = write("replaced.txt", ESSAY);
		this.importer.importFile(file);
		Document before = document(file);
		String firstText = passageText(before, "p1");
		write("replaced.txt", ESSAY.replace("which a later copy of the file changes", "now changed") + "\nA third.\n");
		ImportOutcome outcome = this.importer.importFile(file);
		Document after = document(file);
		assertThat(outcome.status()).isEqualTo(ImportStatus.IMPORTED);
		assertThat(outcome.message()).contains("replaces the earlier import");
		assertThat(after.getId()).isNotEqualTo(before.getId());
		assertThat(after.getSlug()).isEqualTo(before.getSlug());
		assertThat(passageText(after, "p1")).isEqualTo(firstText);
		assertThat(passageText(after, "p2")).endsWith("now changed.");
		assertThat(passageText(after, "p3")).isEqualTo("A third.");
	}

	@Test
	void keepsThePreviousImportWhenAFileBecomesBroken() throws IOException {
		Path file = write("broken-later.txt", ESSAY);
		this.importer.importFile(file);
		Document before = document(file);
		Files.write(file, "Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		ImportOutcome outcome = this.importer.importFile(file);
		assertThat(outcome.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(outcome.message()).contains("not valid UTF-8")
			.contains("line 1")
			.contains("earlier import of this file is kept");
		Document after = document(file);
		assertThat(after.getId()).isEqualTo(before.getId());
		assertThat(after.getContentHash()).isEqualTo(before.getContentHash());
		assertThat(passageText(after, "p1")).startsWith("The first paragraph");
		ImportReport.FileReport report = report(file);
		assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(report.documentSlug()).isEqualTo(before.getSlug());
		assertThat(report.warnings()).singleElement().satisfies((w) -> assertThat(w.line()).isEqualTo(1));
	}

	@Test
	void reportsARestoredFileAsUnchangedWithItsOwnNotesAgain() throws IOException {
		Path file = write("restored.txt", ESSAY);
		this.importer.importFile(file);
		Files.write(file, new byte[] { 'x', 0 });
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.FAILED);
		write("restored.txt", ESSAY);
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.UNCHANGED);
		ImportReport.FileReport report = report(file);
		assertThat(report.status()).isEqualTo(ImportStatus.UNCHANGED);
		assertThat(report.linesTotal()).isEqualTo(3);
		assertThat(report.warnings()).extracting(ImportReport.LineMessage::message)
			.noneMatch((m) -> m.contains("NUL"))
			.anySatisfy((m) -> assertThat(m).startsWith("Imported as plain text"));
	}

	@Test
	void importsTheGoodFilesOfAFolderAndReportsEachBadOneByName() throws IOException {
		Path folder = Files.createDirectories(this.dir.resolve("mixed"));
		Files.writeString(folder.resolve("a-good.txt"), ESSAY);
		Files.write(folder.resolve("b-empty.txt"), new byte[0]);
		Files.writeString(folder.resolve("c-blank.txt"), "\n   \n");
		Files.write(folder.resolve("d-binary.txt"), new byte[] { 1, 2, 0, 3 });
		Files.writeString(folder.resolve(".hidden.txt"), ESSAY);
		List<ImportOutcome> outcomes = this.importer
			.importSources(List.of(folder.toString(), this.dir.resolve("no-such-folder").toString()))
			.outcomes();
		assertThat(outcomes).extracting(ImportOutcome::status)
			.containsExactly(ImportStatus.FAILED, ImportStatus.IMPORTED, ImportStatus.FAILED, ImportStatus.FAILED,
					ImportStatus.FAILED);
		assertThat(outcomes.get(0).message()).contains("does not exist");
		assertThat(outcomes.get(2).path()).endsWith("b-empty.txt");
		assertThat(outcomes.get(2).message()).contains("empty").contains("Nothing was imported");
		assertThat(outcomes.get(3).message()).contains("white space");
		assertThat(outcomes.get(4).message()).contains("NUL byte at byte 2");
		assertThat(this.documents.findBySourcePath(folder.resolve("a-good.txt").normalize().toString())).isPresent();
		assertThat(this.documents.findBySourcePath(folder.resolve(".hidden.txt").normalize().toString())).isEmpty();
	}

	@Test
	void givesSourcesWithTheSameTitleDistinctStableSlugs() throws IOException {
		Path first = write("same-1.txt", ESSAY.replace("Winter Letters", "Summer Letters"));
		Path second = write("same-2.txt", ESSAY.replace("Winter Letters", "Summer Letters") + "\nMore.\n");
		this.importer.importFile(first);
		this.importer.importFile(second);
		assertThat(document(first).getSlug()).isEqualTo("summer-letters");
		assertThat(document(second).getSlug()).matches("summer-letters-[0-9a-f]{8}");
		String slug = document(second).getSlug();
		write("same-2.txt", ESSAY.replace("Winter Letters", "Summer Letters") + "\nChanged.\n");
		this.importer.importFile(second);
		assertThat(document(second).getSlug()).isEqualTo(slug);
	}

	@Test
	void reportsLinesAccountedForAndNotesOfTheCopy() throws IOException {
		Path file = write("report.txt", ESSAY);
		this.importer.importFile(file);
		ImportReport.FileReport report = report(file);
		assertThat(report.linesTotal()).isEqualTo(3);
		assertThat(report.linesAccounted()).isEqualTo(3);
		assertThat(report.percentAccounted()).isEqualTo(100);
		assertThat(report.unaccounted()).isEmpty();
		assertThat(report.warnings()).extracting(ImportReport.LineMessage::message)
			.anySatisfy((m) -> assertThat(m).startsWith("Imported as plain text"));
	}

	private ImportReport.FileReport report(Path file) {
		return ReportEntries.named(this.reports, file.getFileName().toString());
	}

	private Document document(Path file) {
		return this.documents.findBySourcePath(file.normalize().toString()).orElseThrow();
	}

	private String passageText(Document document, String anchor) {
		return this.passages.findByDocumentIdAndAnchor(document.getId(), anchor)
			.filter((p) -> p.getRole() == PassageRole.BODY)
			.orElseThrow()
			.getText();
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(this.dir.resolve(name), text);
	}

}

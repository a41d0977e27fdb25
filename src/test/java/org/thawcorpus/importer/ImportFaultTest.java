package org.thawcorpus.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.importer.StorageFaultInjection.Fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Faults no file causes: a reader that runs out of stack or memory, a full disk, a lost
 * database connection. Each is injected where it happens (the parser bean, the JDBC
 * connection), so that the importer, Hibernate and Spring handle it as in production.
 */
@CorpusTest
@Import(StorageFaultInjection.class)
@ExtendWith(OutputCaptureExtension.class)
class ImportFaultTest {

	@TempDir
	Path dir;

	@Autowired
	SourceImporter importer;

	@Autowired
	ImportReportService reports;

	@Autowired
	StartupWork work;

	@Autowired
	DocumentRepository documents;

	@Autowired
	MockMvc mvc;

	@MockitoSpyBean
	SourceParser parser;

	@MockitoSpyBean
	StorageReserve reserve;

	@AfterEach
	void mendTheDatabase() {
		StorageFaultInjection.disarm();
	}

	@Test
	void aReaderRunningOutOfStackOrMemoryFailsItsFileAndTheNextFilesAreImported() throws Exception {
		Path corpus = corpus("a-first.txt", "b-deep.txt", "c-huge.txt", "d-pattern.txt", "e-last.txt");
		Files.writeString(corpus.resolve("b-deep.txt"),
				"Deep\n\nText " + "(".repeat(50) + "\n" + "(".repeat(900) + "\n");
		Files.writeString(corpus.resolve("c-huge.txt"), "Huge\n\nText.\n");
		Files.writeString(corpus.resolve("d-pattern.txt"), "Pattern\n\n" + "[".repeat(700) + "\n");
		doThrow(new StackOverflowError()).when(this.parser).parse(argThat((s) -> s.text().startsWith("Deep")));
		doThrow(new OutOfMemoryError("Java heap space")).when(this.parser)
			.parse(argThat((s) -> s.text().startsWith("Huge")));
		// What java.util.regex throws when a pattern is compiled with little stack left.
		doThrow(new PatternSyntaxException("Stack overflow during pattern compilation", "\\s*;\\s*", 0))
			.when(this.parser)
			.parse(argThat((s) -> s.text().startsWith("Pattern")));
		ImportRun run = this.importer.importSources(List.of(corpus.toString()));
		assertThat(run.outcomes()).extracting(ImportOutcome::name, ImportOutcome::status)
			.containsExactly(tuple("corpus/a-first.txt", ImportStatus.IMPORTED),
					tuple("corpus/b-deep.txt", ImportStatus.FAILED), tuple("corpus/c-huge.txt", ImportStatus.FAILED),
					tuple("corpus/d-pattern.txt", ImportStatus.FAILED),
					tuple("corpus/e-last.txt", ImportStatus.IMPORTED));
		assertThat(run.stopped()).isNull();
		ImportReport.FileReport deep = report("corpus/b-deep.txt");
		assertThat(deep.message()).startsWith("The file could not be read: it nests brackets or elements deeper")
			.contains("deepest on line 4");
		assertThat(deep.warnings()).singleElement().satisfies((w) -> assertThat(w.line()).isEqualTo(4));
		assertThat(report("corpus/d-pattern.txt").message()).contains("deepest on line 3");
		assertThat(report("corpus/c-huge.txt").message())
			.startsWith("The file could not be read: reading it needs " + "more memory than the server has");
	}

	@Test
	void aFullDiskFailsTheFileBeingWrittenStopsTheImportAndTheServerServesWhatItHas() throws Exception {
		Path corpus = corpus("a-first.txt", "b-second.txt", "c-third.txt");
		this.reserve.keep();
		assertThat(this.reserve.file()).isRegularFile();
		StorageFaultInjection.arm(Fault.DISK_FULL, 1);
		ImportRun run = this.importer.importSources(List.of(corpus.toString()));
		// The space kept free for this is given back, so that the database can open
		// again.
		assertThat(this.reserve.file()).doesNotExist();
		assertThat(run.outcomes()).extracting(ImportOutcome::status)
			.containsExactly(ImportStatus.IMPORTED, ImportStatus.FAILED, ImportStatus.NOT_IMPORTED);
		assertThat(run.outcomes().get(1).message())
			.isEqualTo("The import stopped at this file because the disk is full. Import again once the fault is "
					+ "mended.");
		assertThat(run.outcomes().get(2).message())
			.isEqualTo("Not imported: the import stopped before this file because the disk is full.");
		assertThat(run.stopped()).isEqualTo("The import stopped at corpus/b-second.txt (file 2 of 3) because the disk "
				+ "is full; 1 files after it were not imported. Import again once the fault is mended.");
		// The disk is still full: pages that only read are served, with the import's end.
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Source a-first")));
		this.mvc.perform(get("/import-report"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The import stopped at corpus/b-second.txt")));
		StorageFaultInjection.disarm();
		assertThat(this.documents.findBySourcePath(corpus.resolve("a-first.txt").toString())).isPresent();
		assertThat(this.documents.findBySourcePath(corpus.resolve("b-second.txt").toString())).isEmpty();
		// Once the disk has room, the next import keeps the space free again.
		this.importer.importSources(List.of(corpus.toString()));
		assertThat(this.reserve.file()).isRegularFile();
	}

	@Test
	void aDiskWithoutRoomForTheReserveImportsNothingAndTheServerServesWhatItHas() throws Exception {
		Path corpus = corpus("a-first.txt", "b-second.txt");
		doReturn(Optional.of("the disk has less than 64 MB free beside the database")).when(this.reserve).keep();
		ImportRun run = this.importer.importSources(List.of(corpus.toString()));
		assertThat(run.outcomes()).extracting(ImportOutcome::status)
			.containsExactly(ImportStatus.NOT_IMPORTED, ImportStatus.NOT_IMPORTED);
		assertThat(run.stopped()).isEqualTo("The import stopped at its start because the disk has less than 64 MB "
				+ "free beside the database; 2 files after it were not imported. Import again once the fault is "
				+ "mended.");
		assertThat(this.documents.findBySourcePath(corpus.resolve("a-first.txt").toString())).isEmpty();
		this.mvc.perform(get("/import-report"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The import stopped at its start")));
	}

	@ParameterizedTest
	@EnumSource(value = Fault.class, names = { "DISK_FULL", "CONNECTION_LOST" })
	void aFaultWhileAChangedFileIsWrittenKeepsItsEarlierImport(Fault fault) throws Exception {
		Path corpus = corpus("essay.txt");
		Path file = corpus.resolve("essay.txt");
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.IMPORTED);
		Document before = this.documents.findBySourcePath(file.toString()).orElseThrow();
		Files.writeString(file, "Source essay\n\nA rewritten paragraph.\n");
		StorageFaultInjection.arm(fault, 0);
		ImportRun run = this.importer.importSources(List.of(corpus.toString()));
		assertThat(run.outcomes()).singleElement().satisfies((outcome) -> {
			assertThat(outcome.status()).isEqualTo(ImportStatus.FAILED);
			assertThat(outcome.message()).startsWith("The import stopped at this file because the ");
		});
		assertThat(run.stopped()).startsWith("The import stopped at corpus/essay.txt (file 1 of 1)");
		StorageFaultInjection.disarm();
		Document after = this.documents.findBySourcePath(file.toString()).orElseThrow();
		assertThat(after.getId()).isEqualTo(before.getId());
		assertThat(after.getContentHash()).isEqualTo(before.getContentHash());
		this.mvc.perform(get("/documents/" + before.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A paragraph of essay.txt.")))
			.andExpect(content().string(not(containsString("rewritten"))));
	}

	@Test
	void aLostConnectionStopsTheImportOnlyRunWithANonZeroStatusAndAReport(CapturedOutput output) throws Exception {
		Path corpus = corpus("a-first.txt", "b-second.txt", "c-third.txt", "d-fourth.txt");
		ImportRunner runner = new ImportRunner(this.work,
				new ThawProperties(List.of(corpus.toString()), DataSize.ofMegabytes(4), DataSize.ofMegabytes(16), true),
				this.reports);
		// The register's sync commits first, then each file once: its document, its
		// record
		// and the corpus's version together.
		StorageFaultInjection.arm(Fault.CONNECTION_LOST, 2);
		runner.run(new DefaultApplicationArguments("--thaw.import-only"));
		assertThat(runner.getExitCode()).isEqualTo(1);
		// What the run printed, without the lines of the log interleaved with it.
		String report = output.getOut()
			.substring(output.getOut().lastIndexOf("Import report"))
			.lines()
			.filter((line) -> !line.matches("\\d{4}-\\d\\d-\\d\\dT.*"))
			.collect(Collectors.joining("\n"));
		assertThat(report).containsSubsequence("IMPORTED", "corpus/a-first.txt", "FAILED", "corpus/b-second.txt",
				"The import stopped at this file because the connection to the database was lost.", "NOT_IMPORTED",
				"corpus/c-third.txt", "NOT_IMPORTED", "corpus/d-fourth.txt",
				"4 files: 1 imported, 0 unchanged, 1 failed, 0 skipped, 2 not imported",
				"The import stopped at corpus/b-second.txt (file 2 of 4) because the connection to the database was "
						+ "lost; 2 files after it were not imported.");
		assertThat(report).doesNotContain(this.dir.toString()).doesNotContain("Exception").doesNotContain("90098");
		StorageFaultInjection.disarm();
		this.mvc.perform(get("/")).andExpect(status().isOk());
	}

	private Path corpus(String... names) throws IOException {
		Path corpus = Files.createDirectories(this.dir.resolve("corpus"));
		for (String name : names) {
			String title = "Source " + name.replaceFirst("\\.txt$", "");
			Files.writeString(corpus.resolve(name), title + "\n\nA paragraph of " + name + ".\n");
		}
		return corpus;
	}

	private ImportReport.FileReport report(String name) {
		return ReportEntries.named(this.reports, name);
	}

}

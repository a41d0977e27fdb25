package org.thawcorpus.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.thawcorpus.ClusterTestContexts;
import org.thawcorpus.ThawCorpusApplication;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ImportOnlyTest {

	@TempDir
	Path dir;

	@Test
	void recognisesTheImportOnlyFlag() {
		assertThat(ImportRunner.isImportOnly("--thaw.import-only")).isTrue();
		assertThat(ImportRunner.isImportOnly("--thaw.import-only=true")).isTrue();
		assertThat(ImportRunner.isImportOnly("--thaw.import-only=false", "--server.port=0")).isFalse();
	}

	@Test
	void printsTheReportAndExitsWithZeroWhenEveryFileImported(CapturedOutput output) throws IOException {
		Files.writeString(this.dir.resolve("essay.txt"), "Title\n\nA paragraph of text.\n");
		assertThat(runImportOnly()).isZero();
		assertThat(output).contains("Import report")
			.contains("IMPORTED")
			.contains("essay.txt")
			.contains("1 files: 1 imported, 0 unchanged, 0 failed");
	}

	@Test
	void showsTheProgressAsPlainLinesWhenTheOutputIsNoTerminal(CapturedOutput output) throws IOException {
		Files.writeString(this.dir.resolve("essay.txt"), "Title\n\nA paragraph of text.\n");
		Files.writeString(this.dir.resolve("notes.txt"), "Notes\n\nAnother paragraph.\n");
		assertThat(runImportOnly()).isZero();
		assertThat(output.getOut()).doesNotContain("\r")
			.containsSubsequence("Importing [------------------------------] 0 of 2 files (0%)",
					"Importing [##############################] 2 of 2 files (100%)", ", done", "Import report");
	}

	@Test
	void printsEachFilesWarningsWithTheirLines(CapturedOutput output) throws IOException {
		Files.copy(Path.of("seeds/002_12126d8ba7d39fd3.txt"), this.dir.resolve("book.txt"));
		Files.copy(Path.of("seeds/001_36527dddacbc64c7.txt"), this.dir.resolve("blog.txt"));
		assertThat(runImportOnly()).isZero();
		String report = output.getOut().substring(output.getOut().indexOf("Import report"));
		assertThat(report).containsSubsequence("blog.txt", "line 22: ", "claims 6 comments", "book.txt", "line 47: ",
				"claims 11 reviews", "2 files: 2 imported, 0 unchanged, 0 failed");
	}

	@Test
	void printsTheReportAndExitsNonZeroWhenAFileFailed(CapturedOutput output) throws IOException {
		Files.writeString(this.dir.resolve("essay.txt"), "Title\n\nA paragraph of text.\n");
		Files.write(this.dir.resolve("broken.txt"), new byte[] { 'a', 0, 'b' });
		assertThat(runImportOnly()).isEqualTo(1);
		assertThat(output).contains("FAILED")
			.contains("broken.txt")
			.contains("NUL byte at byte 1")
			.contains("2 files: 1 imported, 0 unchanged, 1 failed");
	}

	private int runImportOnly() {
		SpringApplication application = new SpringApplication(ThawCorpusApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		List<String> args = new ArrayList<>(List.of("--thaw.import-only", "--thaw.sources=" + this.dir));
		// On PostgreSQL and a cluster, a schema and indexes of its own.
		args.addAll(ClusterTestContexts.isolatedArguments());
		ConfigurableApplicationContext context = application.run(args.toArray(String[]::new));
		ClusterTestContexts.dropSchemaAndIndexes(context);
		return SpringApplication.exit(context);
	}

}

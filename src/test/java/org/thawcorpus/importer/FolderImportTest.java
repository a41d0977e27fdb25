package org.thawcorpus.importer;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.document.DocumentRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Folders that hold more than readable source files: the readable files are imported and
 * everything else is in the report, under a name relative to the configured folder, with
 * a sentence and never a server path or a Java type.
 */
@CorpusTest
class FolderImportTest {

	@TempDir
	Path dir;

	@Autowired
	SourceImporter importer;

	@Autowired
	DocumentRepository documents;

	@Autowired
	MockMvc mvc;

	@Test
	void aPartOfAFolderThatCannotBeReadIsReportedAndTheFilesBesideItAreImported() throws IOException {
		Path corpus = corpus();
		TooLongPath deep = new TooLongPath(corpus);
		try {
			ImportRun run = this.importer.importSources(List.of(corpus.toString()));
			Map<String, ImportOutcome> byName = byName(run);
			assertThat(byName.get("corpus/good.txt").status()).isEqualTo(ImportStatus.IMPORTED);
			assertThat(byName.get("corpus/sub/also-good.txt").status()).isEqualTo(ImportStatus.IMPORTED);
			ImportOutcome part = run.outcomes()
				.stream()
				.filter((o) -> o.name().startsWith("corpus/" + TooLongPath.NAME))
				.findFirst()
				.orElseThrow();
			assertThat(part.status()).isEqualTo(ImportStatus.FAILED);
			assertThat(part.message()).contains("its path is longer than the system allows");
			assertThat(run.stopped()).isNull();
			assertThat(this.documents.findBySourcePath(corpus.resolve("good.txt").toString())).isPresent();
		}
		finally {
			deep.undo();
		}
	}

	@Test
	void skippedPathsAreInTheReportWithWhyAndDoNotFailTheImport() throws Exception {
		Path corpus = corpus();
		Files.createSymbolicLink(corpus.resolve("broken.txt"), this.dir.resolve("gone.txt"));
		Files.createSymbolicLink(corpus.resolve("sub/loop"), corpus);
		Files.createDirectories(corpus.resolve("folder.txt"));
		assertThat(new ProcessBuilder("mkfifo", corpus.resolve("pipe.txt").toString()).start().waitFor()).isZero();
		try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			socket.bind(UnixDomainSocketAddress.of(corpus.resolve("socket.txt")));
			ImportRun run = this.importer.importSources(List.of(corpus.toString()));
			Map<String, ImportOutcome> byName = byName(run);
			assertThat(byName).containsOnlyKeys("corpus/good.txt", "corpus/sub/also-good.txt", "corpus/broken.txt",
					"corpus/sub/loop", "corpus/folder.txt", "corpus/pipe.txt", "corpus/socket.txt");
			assertThat(byName.get("corpus/broken.txt").message()).startsWith("The link is broken");
			assertThat(byName.get("corpus/sub/loop").message()).contains("(a loop)");
			assertThat(byName.get("corpus/folder.txt").message()).isEqualTo("The folder holds no files to import.");
			assertThat(byName.get("corpus/pipe.txt").message()).contains("named pipe");
			assertThat(byName.get("corpus/socket.txt").message()).contains("socket");
			assertThat(run.count(ImportStatus.SKIPPED)).isEqualTo(5);
			assertThat(run.count(ImportStatus.IMPORTED)).isEqualTo(2);
			assertThat(run.failed()).isFalse();
		}
		String json = this.mvc.perform(get("/api/import-report").param("size", "1000"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"path\":\"corpus/pipe.txt\"", "\"status\":\"SKIPPED\"");
		String page = this.mvc.perform(get("/import-report").param("page", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("corpus/socket.txt", "This is a socket, not a text file or saved page.", "5 skipped");
	}

	@Test
	void theReportNamesFilesRelativeToTheirFolderAndNeverShowsServerPathsOrJavaTypes() throws Exception {
		Path corpus = corpus();
		Files.write(corpus.resolve("empty.txt"), new byte[0]);
		Files.write(corpus.resolve("nul.txt"), new byte[] { 'a', 0, 'b' });
		Files.write(corpus.resolve("latin1.txt"), "Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		Files.createSymbolicLink(corpus.resolve("loop.txt"), corpus.resolve("loop.txt"));
		ImportRun run = this.importer.importSources(List.of(corpus.toString(), this.dir.resolve("missing").toString()));
		assertThat(run.outcomes()).extracting(ImportOutcome::name)
			.contains("missing", "corpus/empty.txt", "corpus/nul.txt", "corpus/latin1.txt", "corpus/loop.txt",
					"corpus/good.txt");
		String json = this.mvc.perform(get("/api/import-report").param("size", "1000"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String page = this.mvc.perform(get("/import-report"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		for (String shown : List.of(json, page)) {
			assertThat(shown).contains("corpus/nul.txt", "corpus/latin1.txt")
				.doesNotContain(this.dir.toString())
				.doesNotContain(this.dir.toRealPath().toString())
				.doesNotContainPattern("(?i)exception|java\\.|org\\.h2|\\bsql\\b|insert into");
		}
	}

	private Path corpus() throws IOException {
		Path corpus = Files.createDirectories(this.dir.resolve("corpus"));
		Files.writeString(corpus.resolve("good.txt"), "A Good Copy\n\nA paragraph about 1956.\n");
		Files.writeString(Files.createDirectories(corpus.resolve("sub")).resolve("also-good.txt"),
				"Another Good Copy\n\nA paragraph about 1957.\n");
		return corpus;
	}

	private static Map<String, ImportOutcome> byName(ImportRun run) {
		return run.outcomes().stream().collect(Collectors.toMap(ImportOutcome::name, (o) -> o));
	}

}

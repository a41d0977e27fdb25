package org.thawcorpus.importer;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.thawcorpus.importer.SourceFiles.Listing;
import org.thawcorpus.importer.SourceFiles.Problem;
import org.thawcorpus.importer.SourceFiles.SourceFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * What the configured sources hold: files named relative to their folder, links, loops,
 * special files, empty folders and parts that cannot be read.
 */
class SourceFilesTest {

	@TempDir
	Path dir;

	@Test
	void namesEachFileRelativeToItsConfiguredFolderAndSkipsHiddenOnes() throws IOException {
		Path corpus = folder("corpus");
		write(corpus.resolve("a.txt"));
		write(Files.createDirectories(corpus.resolve("blog/2024")).resolve("post.txt"));
		write(corpus.resolve(".draft.txt"));
		write(Files.createDirectories(corpus.resolve(".git")).resolve("config"));
		Path single = write(this.dir.resolve("single.txt"));
		Listing listing = SourceFiles.list(List.of(corpus.toString(), single.toString()));
		assertThat(listing.files()).extracting(SourceFile::name)
			.containsExactly("corpus/a.txt", "corpus/blog/2024/post.txt", "single.txt");
		assertThat(listing.files()).extracting(SourceFile::path)
			.containsExactly(corpus.resolve("a.txt"), corpus.resolve("blog/2024/post.txt"), single);
		assertThat(listing.problems()).isEmpty();
	}

	@Test
	void followsLinksToFilesAndToFolders() throws IOException {
		Path corpus = folder("corpus");
		Path elsewhere = folder("elsewhere");
		write(elsewhere.resolve("linked.txt"));
		write(Files.createDirectories(elsewhere.resolve("more")).resolve("inside.txt"));
		Files.createSymbolicLink(corpus.resolve("file-link.txt"), elsewhere.resolve("linked.txt"));
		Files.createSymbolicLink(corpus.resolve("folder-link"), elsewhere.resolve("more"));
		Listing listing = SourceFiles.list(List.of(corpus.toString()));
		assertThat(listing.files()).extracting(SourceFile::name)
			.containsExactly("corpus/file-link.txt", "corpus/folder-link/inside.txt");
		assertThat(listing.problems()).isEmpty();
	}

	@Test
	void skipsALinkLoopSayingSoAndListsEveryOtherFileOnce() throws IOException {
		Path corpus = folder("corpus");
		write(corpus.resolve("a.txt"));
		Path sub = Files.createDirectories(corpus.resolve("sub"));
		write(sub.resolve("b.txt"));
		Files.createSymbolicLink(sub.resolve("back-up"), corpus);
		Listing listing = SourceFiles.list(List.of(corpus.toString()));
		assertThat(listing.files()).extracting(SourceFile::name).containsExactly("corpus/a.txt", "corpus/sub/b.txt");
		assertThat(listing.problems()).singleElement().satisfies((p) -> {
			assertThat(p.name()).isEqualTo("corpus/sub/back-up");
			assertThat(p.message()).contains("leads back into a folder that contains it (a loop)");
			assertThat(p.skipped()).isTrue();
		});
	}

	@Test
	void skipsBrokenLinksAndLinksToThemselves() throws IOException {
		Path corpus = folder("corpus");
		write(corpus.resolve("a.txt"));
		Files.createSymbolicLink(corpus.resolve("gone.txt"), this.dir.resolve("deleted.txt"));
		Files.createSymbolicLink(corpus.resolve("self.txt"), corpus.resolve("self.txt"));
		Listing listing = SourceFiles.list(List.of(corpus.toString()));
		assertThat(listing.files()).extracting(SourceFile::name).containsExactly("corpus/a.txt");
		assertThat(listing.problems()).extracting(Problem::name, Problem::message)
			.containsExactlyInAnyOrder(
					tuple("corpus/gone.txt", "The link is broken: what it points to does not exist."),
					tuple("corpus/self.txt", "The link leads back to itself (a loop of links); it was not followed."));
		assertThat(listing.problems()).allMatch(Problem::skipped);
	}

	@Test
	void skipsNamedPipesAndSocketsNamingWhatTheyAre() throws Exception {
		Path corpus = folder("corpus");
		write(corpus.resolve("a.txt"));
		Path fifo = corpus.resolve("pipe.txt");
		assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
		try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			socket.bind(UnixDomainSocketAddress.of(corpus.resolve("socket.html")));
			Listing listing = SourceFiles.list(List.of(corpus.toString()));
			assertThat(listing.files()).extracting(SourceFile::name).containsExactly("corpus/a.txt");
			assertThat(listing.problems()).extracting(Problem::name, Problem::message)
				.containsExactlyInAnyOrder(
						tuple("corpus/pipe.txt", "This is a named pipe (FIFO), not a text file or saved page."),
						tuple("corpus/socket.html", "This is a socket, not a text file or saved page."));
		}
	}

	@Test
	void reportsAnEmptyFolderEvenWhenItIsNamedLikeAFile() throws IOException {
		Path corpus = folder("corpus");
		write(corpus.resolve("a.txt"));
		Files.createDirectories(corpus.resolve("essay.txt"));
		write(Files.createDirectories(corpus.resolve("page.html")).resolve("inside.txt"));
		Listing listing = SourceFiles.list(List.of(corpus.toString()));
		assertThat(listing.files()).extracting(SourceFile::name)
			.containsExactly("corpus/a.txt", "corpus/page.html/inside.txt");
		assertThat(listing.problems()).singleElement().satisfies((p) -> {
			assertThat(p.name()).isEqualTo("corpus/essay.txt");
			assertThat(p.message()).isEqualTo("The folder holds no files to import.");
		});
	}

	@Test
	void aFolderWithoutPermissionsIsReportedAndTheFilesBesideItAreListed() throws IOException {
		Path corpus = folder("corpus");
		write(corpus.resolve("a.txt"));
		Path locked = Files.createDirectories(corpus.resolve("locked"));
		write(locked.resolve("inside.txt"));
		Files.setPosixFilePermissions(locked, Set.of());
		try {
			assumeFalse(Files.isReadable(locked),
					"this user (root) reads a folder whatever its permissions; a path too long to open stands in for it below");
			Listing listing = SourceFiles.list(List.of(corpus.toString()));
			assertThat(listing.files()).extracting(SourceFile::name).containsExactly("corpus/a.txt");
			assertThat(listing.problems()).singleElement().satisfies((p) -> {
				assertThat(p.skipped()).isFalse();
				assertThat(p.name()).isEqualTo("corpus/locked");
				assertThat(p.message())
					.isEqualTo("The folder cannot be read (permission denied), so its files could not be listed.");
			});
		}
		finally {
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
		}
	}

	@Test
	void aPartOfAFolderThatCannotBeReadIsReportedAndTheRestIsListed() throws IOException {
		Path corpus = folder("corpus");
		write(corpus.resolve("a.txt"));
		write(corpus.resolve("z.txt"));
		TooLongPath deep = new TooLongPath(corpus);
		try {
			Listing listing = SourceFiles.list(List.of(corpus.toString()));
			assertThat(listing.files()).extracting(SourceFile::name).containsExactly("corpus/a.txt", "corpus/z.txt");
			assertThat(listing.problems()).singleElement().satisfies((p) -> {
				assertThat(p.skipped()).isFalse();
				assertThat(p.name()).startsWith("corpus/" + TooLongPath.NAME);
				assertThat(p.message()).contains("its path is longer than the system allows")
					.doesNotContain(this.dir.toString());
			});
		}
		finally {
			deep.undo();
		}
	}

	@Test
	void aMissingSourceAndABrokenLinkGivenAsASourceAreProblems() throws IOException {
		Path link = Files.createSymbolicLink(this.dir.resolve("dangling"), this.dir.resolve("nowhere"));
		Listing listing = SourceFiles.list(List.of(this.dir.resolve("missing").toString(), link.toString(), " "));
		assertThat(listing.files()).isEmpty();
		assertThat(listing.problems()).extracting(Problem::name, Problem::message)
			.containsExactly(tuple("missing", "The source path does not exist."),
					tuple("dangling", "The link is broken: what it points to does not exist."));
	}

	private Path folder(String name) throws IOException {
		return Files.createDirectories(this.dir.resolve(name));
	}

	private static Path write(Path file) throws IOException {
		return Files.writeString(file, "Title\n\nA paragraph.\n");
	}

}

package org.thawcorpus.importer;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Expands the configured sources (files and folders) into the files to import, in a
 * stable order, each with its name in the report: the path relative to the configured
 * folder, after that folder's own name ({@code seeds/blog/post.txt}), never the server's
 * path. A folder contributes every regular, non-hidden file below it; links to files and
 * folders are followed; metadata files beside sources ({@link MetadataFiles}) are no
 * sources. Whatever else is found is returned as a problem, not dropped: a path that
 * cannot be read (the rest of its folder is still listed), a link that is broken or leads
 * back into its own folder, a special file (a named pipe, socket or device), an empty
 * folder.
 */
public final class SourceFiles {

	private SourceFiles() {
	}

	/**
	 * What the configured sources hold.
	 *
	 * @param files the files to import, sorted by path within each source
	 * @param problems paths that were not imported, with what is wrong
	 */
	public record Listing(List<SourceFile> files, List<Problem> problems) {

		/** The paths of the files to import. */
		public List<Path> paths() {
			return this.files.stream().map(SourceFile::path).toList();
		}

	}

	/**
	 * A file to import.
	 *
	 * @param path the file's path, through the configured source
	 * @param name the file's name in the report, relative to the configured source
	 */
	public record SourceFile(Path path, String name) {

	}

	/**
	 * A path that was not imported.
	 *
	 * @param path the path, through the configured source
	 * @param name its name in the report, relative to the configured source
	 * @param message what is wrong, in a sentence
	 * @param skipped true if the path is not a source file at all (a special file, a
	 * broken link, an empty folder), false if it could not be read
	 */
	public record Problem(Path path, String name, String message, boolean skipped) {

	}

	/** Lists the files of the given sources; blank entries are ignored. */
	public static Listing list(List<String> sources) {
		List<SourceFile> files = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (String source : sources) {
			if (source == null || source.isBlank()) {
				continue;
			}
			Path path = Path.of(source.strip()).normalize();
			String name = baseName(path);
			if (Files.isDirectory(path)) {
				new Walk(path, name, files, problems).run();
			}
			else if (Files.isRegularFile(path)) {
				files.add(new SourceFile(path, name));
			}
			else if (Files.isSymbolicLink(path)) {
				problems.add(new Problem(path, name, brokenLink(path), false));
			}
			else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
				problems.add(new Problem(path, name, specialFile(path), false));
			}
			else {
				problems.add(new Problem(path, name, "The source path does not exist.", false));
			}
		}
		files.removeIf((file) -> MetadataFiles.isMetadataFile(file.path()));
		return new Listing(files, problems);
	}

	/** The name a configured source has in the report: its last part. */
	static String baseName(Path source) {
		Path name = source.toAbsolutePath().normalize().getFileName();
		return (name != null) ? name.toString() : "/";
	}

	/**
	 * Why a path cannot be read, in words, without the path or the exception's type:
	 * "permission denied", "its path is longer than the system allows".
	 */
	public static String why(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof NoSuchFileException) {
			return "it was removed while the import read it";
		}
		if (ex instanceof FileSystemLoopException) {
			return "a link leads back into its own folder";
		}
		if (ex instanceof FileSystemException fs && fs.getReason() != null) {
			String reason = fs.getReason();
			if (reason.equals("File name too long")) {
				return "its path is longer than the system allows";
			}
			if (reason.startsWith("Too many levels of symbolic links")) {
				return "it is a loop of links";
			}
			return "the system says \"" + reason.toLowerCase(Locale.ROOT) + "\"";
		}
		return "the system could not read it";
	}

	private static String brokenLink(Path link) {
		try {
			link.toRealPath();
			return "The link cannot be followed.";
		}
		catch (NoSuchFileException ex) {
			return "The link is broken: what it points to does not exist.";
		}
		catch (FileSystemException ex) {
			if (ex.getReason() != null && ex.getReason().startsWith("Too many levels of symbolic links")) {
				return "The link leads back to itself (a loop of links); it was not followed.";
			}
			return "The link cannot be followed (" + why(ex) + ").";
		}
		catch (IOException ex) {
			return "The link cannot be followed (" + why(ex) + ").";
		}
	}

	private static String specialFile(Path path) {
		String what = "a special file";
		try {
			int type = ((Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & 0170000;
			what = switch (type) {
				case 0010000 -> "a named pipe (FIFO)";
				case 0140000 -> "a socket";
				case 0020000, 0060000 -> "a device";
				default -> what;
			};
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			// Not a Unix file system: the general word will do.
		}
		return "This is " + what + ", not a text file or saved page.";
	}

	private static boolean isHidden(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	/** One configured folder walked, links followed. */
	private static final class Walk extends SimpleFileVisitor<Path> {

		private final Path root;

		private final String rootName;

		private final List<SourceFile> files;

		private final List<Problem> problems;

		private final List<SourceFile> found = new ArrayList<>();

		/** For each folder being walked, how many entries it showed. */
		private final Deque<int[]> entries = new ArrayDeque<>();

		Walk(Path root, String rootName, List<SourceFile> files, List<Problem> problems) {
			this.root = root;
			this.rootName = rootName;
			this.files = files;
			this.problems = problems;
		}

		void run() {
			try {
				Files.walkFileTree(this.root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, this);
			}
			catch (IOException ex) {
				fail(this.root, ex);
			}
			this.found.sort(Comparator.comparing(SourceFile::path));
			this.files.addAll(this.found);
		}

		@Override
		public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
			if (hidden(dir)) {
				return FileVisitResult.SKIP_SUBTREE;
			}
			count();
			this.entries.push(new int[1]);
			return FileVisitResult.CONTINUE;
		}

		@Override
		public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
			if (hidden(file)) {
				return FileVisitResult.CONTINUE;
			}
			count();
			if (attrs.isRegularFile()) {
				this.found.add(new SourceFile(file, name(file)));
			}
			else if (attrs.isSymbolicLink()) {
				this.problems.add(new Problem(file, name(file), brokenLink(file), true));
			}
			else {
				this.problems.add(new Problem(file, name(file), specialFile(file), true));
			}
			return FileVisitResult.CONTINUE;
		}

		@Override
		public FileVisitResult visitFileFailed(Path file, IOException ex) {
			if (hidden(file)) {
				return FileVisitResult.CONTINUE;
			}
			count();
			if (ex instanceof FileSystemLoopException) {
				this.problems.add(new Problem(file, name(file),
						"The link leads back into a folder that contains it (a loop); it was not followed.", true));
			}
			else {
				fail(file, ex);
			}
			return FileVisitResult.CONTINUE;
		}

		@Override
		public FileVisitResult postVisitDirectory(Path dir, IOException ex) {
			int shown = this.entries.pop()[0];
			if (ex != null) {
				this.problems.add(new Problem(dir, name(dir),
						"The folder could be listed only in part (" + why(ex) + "); the files listed were imported.",
						false));
			}
			else if (shown == 0) {
				this.problems.add(new Problem(dir, name(dir), "The folder holds no files to import.", true));
			}
			return FileVisitResult.CONTINUE;
		}

		private void fail(Path path, IOException ex) {
			boolean folder = Files.isDirectory(path);
			this.problems.add(new Problem(path, name(path),
					folder ? "The folder cannot be read (" + why(ex) + "), so its files could not be listed."
							: "This path cannot be read (" + why(ex) + ").",
					false));
		}

		private void count() {
			if (!this.entries.isEmpty()) {
				this.entries.peek()[0]++;
			}
		}

		private boolean hidden(Path path) {
			return !path.equals(this.root) && isHidden(this.root.relativize(path));
		}

		private String name(Path path) {
			String relative = this.root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
			return relative.isEmpty() ? this.rootName : this.rootName + "/" + relative;
		}

	}

}

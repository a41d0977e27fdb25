package org.thawcorpus.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the configured sources (files and folders) into the files to import, in a
 * stable order. A folder contributes every regular, non-hidden file below it; metadata
 * files beside sources ({@link MetadataFiles}) are no sources. A source that does not
 * exist or cannot be read is returned as a problem, not dropped.
 */
public final class SourceFiles {

	private SourceFiles() {
	}

	/**
	 * What the configured sources hold.
	 *
	 * @param files the files to import, sorted by path within each source
	 * @param problems sources that could not be listed, with what is wrong
	 */
	public record Listing(List<Path> files, List<Problem> problems) {

	}

	/**
	 * A configured source that could not be listed.
	 *
	 * @param path the path as configured
	 * @param message what is wrong
	 */
	public record Problem(Path path, String message) {

	}

	/** Lists the files of the given sources; blank entries are ignored. */
	public static Listing list(List<String> sources) {
		List<Path> files = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (String source : sources) {
			if (source == null || source.isBlank()) {
				continue;
			}
			Path path = Path.of(source.strip()).normalize();
			if (!Files.exists(path)) {
				problems.add(new Problem(path, "The source path does not exist."));
			}
			else if (!Files.isReadable(path)) {
				problems.add(new Problem(path, "The source path cannot be read (permission denied)."));
			}
			else if (Files.isDirectory(path)) {
				listFolder(path, files, problems);
			}
			else {
				files.add(path);
			}
		}
		files.removeIf(MetadataFiles::isMetadataFile);
		return new Listing(files, problems);
	}

	private static void listFolder(Path folder, List<Path> files, List<Problem> problems) {
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.filter((p) -> !p.equals(folder))
				.filter((p) -> !isHidden(folder.relativize(p)))
				.filter(Files::isRegularFile)
				.sorted()
				.forEach(files::add);
		}
		catch (IOException | UncheckedIOException ex) {
			problems.add(new Problem(folder, "The folder cannot be listed: " + ex.getMessage()));
		}
	}

	private static boolean isHidden(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

}

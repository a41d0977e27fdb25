package org.thawcorpus.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A chain of folders inside a folder whose full path is longer than the operating system
 * accepts (Linux: 4,096 bytes), with a source file at its bottom: no one, root included,
 * can open it by its path. It is built, and taken apart again, by renaming folders whose
 * own paths are short.
 */
final class TooLongPath {

	static final String NAME = "deep-".repeat(40);

	private static final int LEVELS = 24;

	private final Path parent;

	TooLongPath(Path parent) throws IOException {
		this.parent = parent;
		Path bottom = Files.createDirectory(parent.resolve(NAME + 0));
		Files.writeString(bottom.resolve("bottom.txt"), "Title\n\nA paragraph no one can open.\n");
		for (int i = 1; i <= LEVELS; i++) {
			Path outer = Files.createDirectory(parent.resolve(NAME + i));
			Files.move(parent.resolve(NAME + (i - 1)), outer.resolve(NAME + (i - 1)));
		}
	}

	/** Moves each folder back up, so that the parent can be deleted as usual. */
	void undo() throws IOException {
		for (int i = LEVELS; i >= 1; i--) {
			Files.move(this.parent.resolve(NAME + i).resolve(NAME + (i - 1)), this.parent.resolve(NAME + (i - 1)));
		}
	}

}

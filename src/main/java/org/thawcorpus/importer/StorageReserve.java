package org.thawcorpus.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Space kept free beside the database for a full disk. H2 closes its database when a
 * write fails, and opening it again writes too: on a disk with no space left the server
 * could no longer read what it holds. So an import first writes a file of this size
 * beside the database, and a fault of the storage deletes it, leaving the database room
 * to open again; the next import writes it anew, and does not run if the disk has not the
 * room.
 */
@Component
class StorageReserve {

	private static final Logger log = LoggerFactory.getLogger(StorageReserve.class);

	private static final int CHUNK = 1 << 20;

	private final Path file;

	private final long size;

	StorageReserve(@Value("${thaw.storage-reserve.file:./data/storage-reserve}") Path file,
			@Value("${thaw.storage-reserve.size:64MB}") DataSize size) {
		this.file = file;
		this.size = size.toBytes();
	}

	/** Where the reserve is kept. */
	Path file() {
		return this.file;
	}

	/**
	 * Writes the reserve if it is missing or short.
	 * @return why the import must not run: the disk has not the room for the reserve, so
	 * that an import filling it would leave the database unable to open; empty when the
	 * reserve is in place, turned off, or cannot be written for another reason (logged)
	 */
	Optional<String> keep() {
		if (this.size <= 0) {
			return Optional.empty();
		}
		try {
			if (Files.isRegularFile(this.file) && Files.size(this.file) >= this.size) {
				return Optional.empty();
			}
			Files.createDirectories(this.file.toAbsolutePath().getParent());
			// Zeros written, not a sparse file: the space must really be taken.
			byte[] zeros = new byte[CHUNK];
			try (OutputStream out = Files.newOutputStream(this.file)) {
				for (long left = this.size; left > 0; left -= CHUNK) {
					out.write(zeros, 0, (int) Math.min(CHUNK, left));
				}
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			deleteQuietly();
			if (StorageFaults.isDiskFull(ex)) {
				return Optional.of("the disk has less than " + megabytes() + " MB free beside the database, the "
						+ "room it needs to open again should the import fill the disk");
			}
			log.warn("Could not keep {} MB free beside the database ({}); the import runs without a reserve for "
					+ "a full disk", megabytes(), ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Deletes the reserve after a fault of the storage, so that the database has room to
	 * open again.
	 * @return whether there was a reserve to delete
	 */
	boolean release() {
		boolean released = deleteQuietly();
		if (released) {
			log.warn("Deleted the {} MB kept free beside the database so that it can open again; it is kept "
					+ "anew at the next import once the disk has room", megabytes());
		}
		return released;
	}

	private long megabytes() {
		return this.size >> 20;
	}

	private boolean deleteQuietly() {
		try {
			return Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			log.warn("Could not delete the reserve for a full disk: {}", ex.getMessage());
			return false;
		}
	}

}

package org.thawcorpus.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class StorageReserveTest {

	@TempDir
	Path dir;

	@Test
	void keepsAFileOfTheSizeWrittenOutAndGivesItBack() throws IOException {
		Path file = this.dir.resolve("data/storage-reserve");
		StorageReserve reserve = new StorageReserve(file, DataSize.ofKilobytes(2500));
		assertThat(reserve.keep()).isEmpty();
		assertThat(Files.size(file)).isEqualTo(2500 * 1024);
		assertThat(Files.readAllBytes(file)).containsOnly((byte) 0);
		assertThat(reserve.keep()).isEmpty();
		assertThat(reserve.release()).isTrue();
		assertThat(file).doesNotExist();
		assertThat(reserve.release()).isFalse();
	}

	@Test
	void writesAShortReserveOutInFull() throws IOException {
		Path file = this.dir.resolve("storage-reserve");
		Files.write(file, new byte[10]);
		assertThat(new StorageReserve(file, DataSize.ofKilobytes(64)).keep()).isEmpty();
		assertThat(Files.size(file)).isEqualTo(64 * 1024);
	}

	@Test
	void runsWithoutAReserveWhereNoneCanBeWritten() throws IOException {
		Path notAFolder = Files.writeString(this.dir.resolve("data"), "a file, not a folder");
		StorageReserve reserve = new StorageReserve(notAFolder.resolve("storage-reserve"), DataSize.ofKilobytes(64));
		// Not a full disk: the import runs without a reserve.
		assertThat(reserve.keep()).isEmpty();
		assertThat(reserve.release()).isFalse();
	}

	@Test
	void keepsNothingWhenTheSizeIsZero() {
		Path file = this.dir.resolve("storage-reserve");
		assertThat(new StorageReserve(file, DataSize.ofBytes(0)).keep()).isEmpty();
		assertThat(file).doesNotExist();
	}

}

package org.thawcorpus.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SourceFileReaderTest {

	@TempDir
	Path dir;

	private final SourceFileReader reader = new SourceFileReader(DataSize.ofKilobytes(64), DataSize.ofKilobytes(256));

	@Test
	void readsUtf8TextAndHashesItsBytes() throws Exception {
		Path file = write("ok.txt", "Хрущёвская о́ттепель\n“quoted”\u00A0text\n".getBytes(StandardCharsets.UTF_8));
		SourceText text = this.reader.read(file);
		assertThat(text.text()).isEqualTo("Хрущёвская о́ттепель\n“quoted”\u00A0text\n");
		assertThat(text.byteSize()).isEqualTo(Files.size(file));
		assertThat(text.contentHash()).hasSize(64).isEqualTo(SourceFileReader.sha256(Files.readAllBytes(file)));
		assertThat(text.warnings()).isEmpty();
	}

	@Test
	void refusesAnEmptyFile() throws Exception {
		assertThatExceptionOfType(SourceFileException.class)
			.isThrownBy(() -> this.reader.read(write("e.txt", new byte[0])))
			.withMessage("The file is empty (0 bytes).");
	}

	@Test
	void refusesAFileOfWhitespace() throws Exception {
		assertThatExceptionOfType(SourceFileException.class)
			.isThrownBy(() -> this.reader.read(write("w.txt", " \n\t\n  \r\n".getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("only white space");
	}

	@Test
	void refusesABinaryFileNamingTheByteAndLineOfItsFirstNul() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		SourceFileException ex = catchProblem(write("image.txt", png));
		assertThat(ex.getMessage()).contains("NUL byte at byte 8").contains("line 3");
		assertThat(ex.getLine()).isEqualTo(3);
	}

	@Test
	void refusesTextWithANulByte() throws Exception {
		SourceFileException ex = catchProblem(
				write("nul.txt", "first line\nsecond\0line\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(ex.getMessage()).contains("NUL byte at byte 17 (line 2)");
	}

	@Test
	void refusesTextThatIsNotUtf8SayingWhereAndWhatToDo() throws Exception {
		byte[] latin1 = "Line one\nCaf\u00e9 society\n".getBytes(StandardCharsets.ISO_8859_1);
		SourceFileException ex = catchProblem(write("latin1.txt", latin1));
		assertThat(ex.getMessage()).contains("not valid UTF-8")
			.contains("byte 0xE9 at byte 12 (line 2)")
			.contains("convert it to UTF-8");
		assertThat(ex.getLine()).isEqualTo(2);
	}

	@Test
	void refusesAFileOverTheSizeLimit() throws Exception {
		SourceFileException ex = catchProblem(
				write("big.txt", "x".repeat(64 * 1024 + 1).getBytes(StandardCharsets.UTF_8)));
		assertThat(ex.getMessage()).contains("65537 bytes")
			.contains("limit of 65536 bytes")
			.contains("thaw.max-file-size");
	}

	@Test
	void refusesAPathThatDoesNotExistOrIsAFolder() {
		assertThat(catchProblem(this.dir.resolve("missing.txt")).getMessage()).isEqualTo("The file does not exist.");
		assertThat(catchProblem(this.dir).getMessage()).isEqualTo("This is not a regular file.");
	}

	@Test
	void refusesTextMadeMostlyOfControlCharacters() throws Exception {
		byte[] bytes = new byte[200];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) ((i % 3 == 0) ? 'a' : 0x01);
		}
		assertThat(catchProblem(write("ctl.txt", bytes)).getMessage()).contains("looks binary");
	}

	@Test
	void skipsAByteOrderMarkAndSaysSo() throws Exception {
		byte[] withBom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i', '\n' };
		SourceText text = this.reader.read(write("bom.txt", withBom));
		assertThat(text.text()).isEqualTo("Hi\n");
		assertThat(text.warnings()).singleElement().asString().contains("byte order mark");
	}

	private SourceFileException catchProblem(Path file) {
		try {
			this.reader.read(file);
		}
		catch (SourceFileException ex) {
			return ex;
		}
		throw new AssertionError("expected " + file + " to be refused");
	}

	@Test
	void aSavedPageIsReadByItsCharsetAndACutOffPageIsReadWithAWarning() throws Exception {
		byte[] latin = "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9"
			.getBytes(StandardCharsets.ISO_8859_1);
		SourceText page = this.reader.read(write("cut.html", latin));
		assertThat(page.page()).isTrue();
		assertThat(page.text()).endsWith("<p>Caf\u00e9");
		assertThat(page.warnings()).singleElement().asString().contains("no closing </body> or </html> tag");
	}

	@Test
	void aSavedPageMayBeLargerThanATextCopyUpToItsOwnLimit() throws Exception {
		String body = "<p>" + "x".repeat(100) + "</p>\n";
		byte[] large = ("<!DOCTYPE html><html><body>" + body.repeat(1000) + "</body></html>")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(this.reader.read(write("large.html", large)).page()).isTrue();
		byte[] tooLarge = ("<!DOCTYPE html><html><body>" + body.repeat(3000) + "</body></html>")
			.getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(SourceFileException.class)
			.isThrownBy(() -> this.reader.read(write("huge.html", tooLarge)))
			.withMessageContaining("thaw.max-page-size");
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(this.dir.resolve(name), bytes);
	}

}

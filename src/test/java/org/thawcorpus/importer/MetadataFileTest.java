package org.thawcorpus.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.thawcorpus.citation.export.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the metadata file a researcher puts beside a source. */
class MetadataFileTest {

	@TempDir
	Path dir;

	@Test
	void readsEveryField() {
		MetadataFile file = MetadataFile.parse("post.txt.meta", """
				# What the copy of the post does not say
				title: A Thaw that would not refreeze
				author: Keller, Anna
				Author: Bruno Ortiz
				site: Russian History Blog
				publisher: Dickinson College
				url: https://example.org/2015/03/thaw
				published: 2015-03
				accessed: 2016-04-02
				""");
		assertThat(file.problems()).isEmpty();
		assertThat(file.title()).isEqualTo("A Thaw that would not refreeze");
		assertThat(file.authors()).containsExactly("Keller, Anna", "Bruno Ortiz");
		assertThat(file.site()).isEqualTo("Russian History Blog");
		assertThat(file.publisher()).isEqualTo("Dickinson College");
		assertThat(file.url()).isEqualTo("https://example.org/2015/03/thaw");
		assertThat(file.published()).isEqualTo(new PartialDate(2015, 3, null));
		assertThat(file.accessed()).isEqualTo(LocalDate.of(2016, 4, 2));
	}

	@Test
	void leavesOutEachLineItCannotReadSayingWhyAndKeepsTheRest() {
		MetadataFile file = MetadataFile.parse("post.txt.meta", """
				site: Russian History Blog
				sitename: Another
				published: March 2015
				accessed: 2016-04
				url: example.org/thaw
				just a line
				site: A second site
				title:
				""");
		assertThat(file.site()).isEqualTo("Russian History Blog");
		assertThat(file.published()).isNull();
		assertThat(file.accessed()).isNull();
		assertThat(file.url()).isNull();
		assertThat(file.problems()).extracting(MetadataFile.Problem::message)
			.containsExactly(
					"Line 2 of the metadata file \u201Cpost.txt.meta\u201D names \u201Csitename\u201D, which is not a field "
							+ "(the fields are title, author, site, publisher, url, published, accessed); the line was left out.",
					"Line 3 of the metadata file \u201Cpost.txt.meta\u201D gives \u201CMarch 2015\u201D as published, which is "
							+ "no year, month or day written as 2015, 2015-03 or 2015-03-24; the line was left out.",
					"Line 4 of the metadata file \u201Cpost.txt.meta\u201D gives \u201C2016-04\u201D as accessed, which is no "
							+ "day written as 2015-03-24; the line was left out.",
					"Line 5 of the metadata file \u201Cpost.txt.meta\u201D gives a url that does not start with http:// or "
							+ "https://; the line was left out.",
					"Line 6 of the metadata file \u201Cpost.txt.meta\u201D is no \u201Cfield: value\u201D line; the line was "
							+ "left out.",
					"Line 7 of the metadata file \u201Cpost.txt.meta\u201D gives the site a second time; the first, on line 1, "
							+ "is kept.",
					"Line 8 of the metadata file \u201Cpost.txt.meta\u201D gives no value for \u201Ctitle\u201D; the line was "
							+ "left out.");
	}

	@Test
	void skipsAByteOrderMarkAndReadsWindowsLineEnds() {
		MetadataFile file = MetadataFile.parse("a.meta", "\uFEFFsite: Thaw Blog\r\nurl: http://example.org/a\r\n");
		assertThat(file.problems()).isEmpty();
		assertThat(file.site()).isEqualTo("Thaw Blog");
		assertThat(file.url()).isEqualTo("http://example.org/a");
	}

	@Test
	void refusesAFileThatIsNotUtf8AndReadsNothingOfIt() throws IOException {
		Path meta = Files.write(this.dir.resolve("post.txt.meta"),
				new byte[] { 's', 'i', 't', 'e', ':', ' ', (byte) 0xE9 });
		MetadataFile file = MetadataFile.read(meta);
		assertThat(file.isEmpty()).isTrue();
		assertThat(file.problems()).extracting(MetadataFile.Problem::message)
			.containsExactly("The metadata file \u201Cpost.txt.meta\u201D is not UTF-8 text; it was not read.");
	}

	@Test
	void refusesAFileTooLargeToBeMetadata() throws IOException {
		Path meta = Files.writeString(this.dir.resolve("big.meta"), "# " + "x".repeat(MetadataFile.MAX_BYTES));
		assertThat(MetadataFile.read(meta).problems()).extracting(MetadataFile.Problem::message)
			.containsExactly("The metadata file \u201Cbig.meta\u201D is over 64 kB; it was not read.");
	}

}

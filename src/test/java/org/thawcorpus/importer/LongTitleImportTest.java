package org.thawcorpus.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.citation.CitationRepository;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Titles of 1,000 characters in scripts of two and three bytes a character (over 2,700
 * bytes, more than a PostgreSQL B-tree entry holds) are imported, listed in order and
 * found again as copies, their keys cut to {@link Document#SORT_KEY_LENGTH}.
 */
@CorpusTest
class LongTitleImportTest {

	@TempDir
	Path dir;

	@Autowired
	SourceImporter importer;

	@Autowired
	DocumentRepository documents;

	@Autowired
	CitationRepository citations;

	@Autowired
	MockMvc mvc;

	@Test
	void documentsWithThousandCharacterNonAsciiTitlesImportAndListInOrder() throws Exception {
		String first = title('Б', 1);
		String second = title('Д', 2);
		String third = second.substring(0, 700) + title('Ж', 3).substring(700);
		assertThat(first.length()).isEqualTo(1000);
		assertThat(second.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(2700);
		Document d3 = imported("third.html", third);
		Document d1 = imported("first.html", first);
		Document d2 = imported("second.html", second);
		assertThat(d1.getTitle()).isEqualTo(first);
		assertThat(d1.getTitleSort()).hasSize(Document.SORT_KEY_LENGTH).isEqualTo(first.substring(0, 500));

		List<Long> listed = this.documents.findAllByOrderByTitleSortAscIdAsc(PageRequest.of(0, 1000))
			.map(Document::getId)
			.toList();
		assertThat(listed).containsSubsequence(d1.getId(), d3.getId(), d2.getId());
		List<Long> cited = this.citations.findAllListed()
			.stream()
			.map((c) -> c.getDocument().getId())
			.filter(List.of(d1.getId(), d2.getId(), d3.getId())::contains)
			.distinct()
			.toList();
		assertThat(cited).containsExactly(d1.getId(), d3.getId(), d2.getId());
		this.mvc.perform(get("/")).andExpect(status().isOk());
		this.mvc.perform(get("/citations")).andExpect(status().isOk());
	}

	@Test
	void aCopyWithTheSameLongTitleInOtherCaseIsFoundAndOneThatDiffersPastTheKeyIsNot() throws IOException {
		String title = title('Ж', 4);
		Document original = imported("original.html", title);
		Document copy = imported("copy.html",
				title.chars()
					.map(Character::toUpperCase)
					.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
					.toString());
		Document other = imported("other.html", title.substring(0, 900) + title('Ф', 5).substring(900));
		assertThat(copy.getCopyOf()).isEqualTo(original.getSlug());
		assertThat(other.getCopyOf()).isNull();
		assertThat(Document.titleKey(other.getTitle())).isEqualTo(Document.titleKey(title));
	}

	/**
	 * A title of 1,000 characters that starts with a letter and goes on in Cyrillic and
	 * CJK characters drawn at random (so that PostgreSQL cannot compress its index entry)
	 * and some sharp s, which upper case doubles.
	 */
	private static String title(char start, long seed) {
		Random random = new Random(seed);
		StringBuilder title = new StringBuilder().append(start);
		while (title.length() < 1000) {
			int pick = random.nextInt(20);
			if (pick == 0) {
				title.append('ß');
			}
			else if (pick < 3) {
				title.append((char) ('а' + random.nextInt(32)));
			}
			else if (pick == 3 && title.charAt(title.length() - 1) != ' ' && title.length() < 999) {
				title.append(' ');
			}
			else if (pick == 3) {
				title.append('ф');
			}
			else {
				title.append((char) (0x4E00 + random.nextInt(0x5000)));
			}
		}
		return title.toString();
	}

	private Document imported(String name, String title) throws IOException {
		Path file = Files.writeString(this.dir.resolve(name),
				"<!DOCTYPE html>\n<html><head><title>" + title + "</title></head>\n<body>\n<h1>" + title
						+ "</h1>\n<p>The first paragraph of the essay on the thaw "
						+ "(Ehrenburg, I. (1954). The Thaw. Moscow: Sovetsky pisatel, p. 12).</p>\n</body></html>\n");
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.IMPORTED);
		Document document = this.documents.findBySourcePath(file.toString()).orElseThrow();
		assertThat(document.getTitle()).isEqualTo(title);
		assertThat(document.getCitationCount()).isPositive();
		return document;
	}

}

package org.thawcorpus.citation.export;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.ris.RISConverter;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import de.undercouch.citeproc.ris.RISType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RisWriterTests {

	/** Parses the output with citeproc-java's RIS parser. */
	private static List<RISReference> parse(String ris) throws Exception {
		return new RISParser().parse(new StringReader(ris)).getReferences();
	}

	private static RISReference only(Reference reference) throws Exception {
		List<RISReference> references = parse(RisWriter.write(reference));
		assertThat(references).hasSize(1);
		return references.get(0);
	}

	@Test
	void writesTheStandardLayout() {
		assertThat(RisWriter.write(References.sovietDisunion())).startsWith("TY  - BOOK\r\n")
			.contains("\r\nAU  - Nahaylo, Bohdan\r\n")
			.endsWith("\r\nER  - \r\n");
	}

	@Test
	void keepsAuthorsInOrder() throws Exception {
		assertThat(only(References.sovietDisunion()).getAuthors()).containsExactly("Nahaylo, Bohdan",
				"Swoboda, Victor");
	}

	@Test
	void writesEditorsAsEd() throws Exception {
		RISReference ris = only(References.stalinismInPoland());
		assertThat(ris.getAuthors()).isNull();
		assertThat(ris.getEditors()).containsExactly("Kemp-Welch, A.");
	}

	@Test
	void writesTranslatorsAsSubsidiaryAuthors() throws Exception {
		assertThat(only(References.stalinismInPoland()).getSubsidiaryAuthors()).containsExactly("Kemp-Welch, A.");
		assertThat(RisWriter.write(References.stalinismInPoland())).contains("\r\nA4  - Kemp-Welch, A.\r\n");
	}

	@Test
	void keepsThePublicationFields() throws Exception {
		RISReference ris = only(References.sovietDisunion());
		assertThat(ris.getType()).isEqualTo(RISType.BOOK);
		assertThat(ris.getTitle()).isEqualTo("Soviet Disunion: A History of the Nationalities Problem in the USSR");
		assertThat(ris.getYear()).isEqualTo("1990");
		assertThat(ris.getPublisher()).isEqualTo("Free Press");
		assertThat(ris.getPlace()).isEqualTo("New York");
		assertThat(ris.getIsbnOrIssn()).isEqualTo("978-0-02-922401-4");
	}

	@Test
	void splitsTheRangeOfAChapterIntoStartAndEnd() throws Exception {
		RISReference ris = only(References.nonAscii());
		assertThat(ris.getType()).isEqualTo(RISType.CHAP);
		assertThat(ris.getStartPage()).isEqualTo("12");
		assertThat(ris.getEndPage()).isEqualTo("14");
	}

	@Test
	void writesABooksNumberOfPagesAsItsStartPageAsTheSpecificationDoes() throws Exception {
		RISReference ris = only(References.moscow1956());
		assertThat(ris.getStartPage()).isEqualTo("400");
		assertThat(ris.getEndPage()).isNull();
	}

	@Test
	void keepsThePagesACitationCitesOutOfTheBooksFields() throws Exception {
		RISReference ris = only(References.sovietDisunion());
		assertThat(ris.getStartPage()).isNull();
		assertThat(ris.getEndPage()).isNull();
		assertThat(ris.getNotes()).containsExactly("Cited: pp. 303-305.");
	}

	@Test
	void writesTheYearAndTheWholeDate() throws Exception {
		RISReference ris = only(References.moscow1956());
		assertThat(ris.getYear()).isEqualTo("2017");
		assertThat(ris.getDate()).isEqualTo("2017/04/17/");
	}

	@Test
	void keepsNonAsciiNamesAndSpecialCharacters() throws Exception {
		RISReference ris = only(References.nonAscii());
		assertThat(ris.getAuthors()).containsExactly("Autonomašević, Ivan", "Хрущёв, Никита Сергеевич");
		assertThat(ris.getSubsidiaryAuthors()).containsExactly("Ødegård, Åse");
		assertThat(ris.getTitle()).isEqualTo(References.TRICKY_TITLE);
	}

	@Test
	void convertsToCslNamesSplitIntoFamilyAndGiven() throws Exception {
		CSLItemData item = new RISConverter().toItemData(only(References.nonAscii()));
		assertThat(Arrays.stream(item.getAuthor()).map((n) -> n.getFamily() + "|" + n.getGiven()))
			.containsExactly("Autonomašević|Ivan", "Хрущёв|Никита Сергеевич");
		assertThat(item.getPage()).isEqualTo("12-14");
	}

	@Test
	void writesABlogPostWithItsBlogUrlAndAccessDate() throws Exception {
		RISReference ris = only(References.blogPost());
		assertThat(ris.getType()).isEqualTo(RISType.BLOG);
		assertThat(ris.getURL()).isEqualTo("https://example.org/thaw?page=2&lang=en");
		assertThat(ris.getAccessDate()).isEqualTo("2024/03/05");
		assertThat(ris.getSecondaryTitle()).isEqualTo("Thaw Blog");
		assertThat(ris.getDate()).isEqualTo("2018/07/29/");
	}

	@Test
	void writesAnEncyclopediaEntryAsEncyc() throws Exception {
		assertThat(only(References.encyclopediaEntry()).getType()).isEqualTo(RISType.ENCYC);
	}

	@Test
	void writesTheParagraphAPassageCitesInANote() throws Exception {
		assertThat(RisWriter.write(References.blogParagraph()))
			.contains("\r\nN1  - Cited: section \u201CAftermath\u201D, paragraph 5.\r\n")
			.contains("\r\nID  - thaw-blog-1-p5\r\n");
	}

	@Test
	void writesOneRecordPerReference() throws Exception {
		List<RISReference> references = parse(
				RisWriter.write(List.of(References.sovietDisunion(), References.stalinismInPoland())));
		assertThat(references).extracting(RISReference::getTitle)
			.containsExactly("Soviet Disunion: A History of the Nationalities Problem in the USSR",
					"Stalinism in Poland, 1944-1956");
	}

	@Test
	void keepsACorporateAuthorWhole() throws Exception {
		assertThat(only(References.corporateAuthor()).getAuthors())
			.containsExactly("Radio Free Europe Research and Analysis Department");
	}

}

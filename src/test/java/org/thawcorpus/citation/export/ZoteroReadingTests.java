package org.thawcorpus.citation.export;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports as Zotero's importers read them ({@link ZoteroImport}): the item type each
 * kind of work becomes, its date, and the work kept apart from the place cited.
 */
class ZoteroReadingTests {

	private static final List<Reference> WORKS = List.of(References.sovietDisunion(), References.moscow1956(),
			References.nonAscii(), References.blogPost(), References.blogParagraph(), References.review(),
			References.encyclopediaEntry(),
			Reference.builder(ReferenceType.COMMENT)
				.authors(List.of(new org.thawcorpus.bibliography.PersonName(null, null, "Kelly")))
				.title("Comment on \u2018Letters from the Thaw\u2019")
				.containerTitle("Thaw Blog")
				.issued(new PartialDate(2018, 8, 1))
				.locator(Locator.paragraph("1", "comment 1, paragraph 1", "c1-1"))
				.build());

	private interface Reader {

		List<ZoteroImport.Item> read(String text) throws Exception;

	}

	private static List<ZoteroImport.Item> read(Function<List<Reference>, String> writer, Reader reader)
			throws Exception {
		return reader.read(writer.apply(WORKS));
	}

	@Test
	void bibtexBecomesTheItemTypesOfEachKind() throws Exception {
		assertThat(read(BibTeXWriter::write, ZoteroImport::bibtex)).extracting(ZoteroImport.Item::itemType)
			.containsExactly("book", "book", "bookSection", "webpage", "webpage", "webpage", "encyclopediaArticle",
					"webpage");
	}

	@Test
	void risBecomesTheItemTypesOfEachKind() throws Exception {
		assertThat(read(RisWriter::write, ZoteroImport::ris)).extracting(ZoteroImport.Item::itemType)
			.containsExactly("book", "book", "bookSection", "blogPost", "blogPost", "webpage", "encyclopediaArticle",
					"blogPost");
	}

	@Test
	void cslJsonBecomesTheItemTypesOfEachKind() throws Exception {
		assertThat(read(CslJsonWriter::write, ZoteroImport::cslJson)).extracting(ZoteroImport.Item::itemType)
			.containsExactly("book", "book", "bookSection", "blogPost", "blogPost", "document", "encyclopediaArticle",
					"forumPost");
	}

	@Test
	void everyFormatKeepsTheDayOfPublication() throws Exception {
		for (Map.Entry<Function<List<Reference>, String>, Reader> format : formats().entrySet()) {
			assertThat(read(format.getKey(), format.getValue())).extracting(ZoteroImport.Item::date)
				.containsExactly("1990", "2017-04-17", "1970", "2018-07-29", "2018-07-29", "2017-09-21", null,
						"2018-08-01");
		}
	}

	@Test
	void noFormatPutsACitedPlaceInAFieldOfTheWork() throws Exception {
		for (Map.Entry<Function<List<Reference>, String>, Reader> format : formats().entrySet()) {
			List<ZoteroImport.Item> items = read(format.getKey(), format.getValue());
			assertThat(items).extracting(ZoteroImport.Item::numPages)
				.containsExactly(null, "400", null, null, null, null, null, null);
			assertThat(items).extracting((i) -> (i.pages() != null) ? i.pages().replace('\u2013', '-') : null)
				.containsExactly(null, null, "12-14", null, null, null, null, null);
		}
	}

	@Test
	void everyFormatCarriesThePlaceCitedWhereItCarriesALocator() throws Exception {
		assertThat(read(BibTeXWriter::write, ZoteroImport::bibtex).get(0).notes())
			.containsExactly("Cited: pp. 303-305.");
		assertThat(read(RisWriter::write, ZoteroImport::ris).get(4).notes())
			.containsExactly("Cited: section \u201CAftermath\u201D, paragraph 5.");
		assertThat(read(CslJsonWriter::write, ZoteroImport::cslJson)).extracting(ZoteroImport.Item::locator)
			.containsExactly("303-305", null, null, null, "5", null, null, "1");
	}

	@Test
	void keepsTheWorkOfAPassageTheWorkOfItsDocument() throws Exception {
		for (Map.Entry<Function<List<Reference>, String>, Reader> format : formats().entrySet()) {
			List<ZoteroImport.Item> items = read(format.getKey(), format.getValue());
			ZoteroImport.Item post = items.get(3);
			ZoteroImport.Item paragraph = items.get(4);
			assertThat(paragraph.itemType()).isEqualTo(post.itemType());
			assertThat(paragraph.title()).isEqualTo(post.title());
			assertThat(paragraph.creators()).isEqualTo(post.creators());
			assertThat(paragraph.container()).isEqualTo(post.container());
			assertThat(paragraph.key()).isNotEqualTo(post.key());
		}
	}

	private static Map<Function<List<Reference>, String>, Reader> formats() {
		return Map.of(BibTeXWriter::write, ZoteroImport::bibtex, RisWriter::write, ZoteroImport::ris,
				CslJsonWriter::write, ZoteroImport::cslJson);
	}

}

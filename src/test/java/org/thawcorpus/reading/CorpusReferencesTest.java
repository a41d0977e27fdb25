package org.thawcorpus.reading;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.Pages;
import org.thawcorpus.book.BookDetailsRepository;
import org.thawcorpus.citation.CitationRepository;
import org.thawcorpus.citation.export.CitationStyle;
import org.thawcorpus.citation.export.Reference;
import org.thawcorpus.citation.export.ReferenceFormatter;
import org.thawcorpus.citation.export.StyledReference;
import org.thawcorpus.citation.export.ZoteroImport;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.PassageRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole corpus exported at once (every source and book, every passage, every
 * citation), read back as Zotero reads each format: one entry each, no key twice, no
 * cited page in a page-count field.
 */
@CorpusTest
class CorpusReferencesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentRepository documents;

	@Autowired
	BookDetailsRepository books;

	@Autowired
	PassageRepository passages;

	@Autowired
	CitationRepository citations;

	@Autowired
	PassageCiting citing;

	@Autowired
	ReferenceFormatter formatter;

	private interface Reader {

		List<ZoteroImport.Item> read(String text) throws Exception;

	}

	private List<ZoteroImport.Item> export(String format, Reader reader) throws Exception {
		return reader.read(Pages.text(this.mvc, "/api/references?format=" + format));
	}

	private long expected() {
		return this.documents.count() + this.books.count() + this.passages.count() + this.citations.count();
	}

	@Test
	void exportsEverySourcePassageAndCitationOnceUnderAKeyOfItsOwn() throws Exception {
		for (String format : List.of("bibtex", "ris", "csl-json")) {
			List<ZoteroImport.Item> items = export(format, reader(format));
			Set<String> keys = new HashSet<>();
			List<String> repeated = items.stream()
				.map(ZoteroImport.Item::key)
				.filter(Predicate.not(keys::add))
				.toList();
			assertThat(items).as(format).hasSize((int) expected());
			assertThat(repeated).as(format).isEmpty();
		}
	}

	@Test
	void putsNoCitedPageInAPageCountField() throws Exception {
		for (String format : List.of("bibtex", "ris", "csl-json")) {
			List<ZoteroImport.Item> items = export(format, reader(format));
			List<ZoteroImport.Item> counted = items.stream().filter((i) -> i.numPages() != null).toList();
			assertThat(counted).as(format).extracting(ZoteroImport.Item::itemType).containsOnly("book");
			assertThat(counted).as(format).extracting(ZoteroImport.Item::numPages).containsOnly("400");
			assertThat(items).as(format).extracting(ZoteroImport.Item::pages).containsOnlyNulls();
		}
	}

	@Test
	void carriesThePagesEachCitationCitesAsItsLocator() throws Exception {
		List<ZoteroImport.Item> items = export("csl-json", ZoteroImport::cslJson);
		assertThat(items.subList(items.size() - 4, items.size())).extracting(ZoteroImport.Item::locator)
			.containsExactly("120", "303-305", null, null);
		List<ZoteroImport.Item> ris = export("ris", ZoteroImport::ris);
		assertThat(ris.get(ris.size() - 4).notes()).containsExactly("Cited: p. 120.");
	}

	@Test
	void keepsKeysAcrossExportsOfTheSameCorpus() throws Exception {
		assertThat(export("bibtex", ZoteroImport::bibtex)).extracting(ZoteroImport.Item::key)
			.isEqualTo(export("ris", ZoteroImport::ris).stream().map(ZoteroImport.Item::key).toList())
			.contains("khrushchevthaw", "khrushchevthaw-p5", "jovanautonomasevic2018review-r1-1", "nahaylo1990soviet",
					"smith2017moscow");
	}

	@Test
	void citesEverySourcePassageAndCitationInChicagoApaAndMla() {
		List<Reference> corpus = this.citing.corpus();
		assertThat(corpus).hasSize((int) expected());
		for (Reference reference : corpus) {
			String work = bare((reference.title() != null) ? reference.title() : reference.reviewedTitle());
			for (CitationStyle style : List.of(CitationStyle.CHICAGO, CitationStyle.APA, CitationStyle.MLA)) {
				StyledReference styled = this.formatter.format(reference, style);
				String entry = (styled.bibliography() != null) ? styled.bibliography().text()
						: styled.citation().text();
				assertThat(styled.citation().text()).as("%s in %s", reference.key(), style).isNotBlank();
				assertThat(bare(entry)).as("%s in %s", reference.key(), style).containsIgnoringCase(work);
			}
		}
	}

	/** The words of a title without its quotation marks, which styles turn about. */
	private static String bare(String title) {
		return title.replaceAll("[\"'\u2018\u2019\u201C\u201D]", "").replaceAll("\\s+", " ");
	}

	private static Reader reader(String format) {
		return switch (format) {
			case "bibtex" -> ZoteroImport::bibtex;
			case "ris" -> ZoteroImport::ris;
			default -> ZoteroImport::cslJson;
		};
	}

}

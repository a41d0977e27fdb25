package org.thawcorpus.citation.export;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.bibtex.NameParser;
import de.undercouch.citeproc.csl.CSLName;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BibTeXWriterTests {

	/** Parses the output with jbibtex, as a reference manager would. */
	private static Map<Key, BibTeXEntry> parse(String bibtex) throws Exception {
		BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bibtex));
		return database.getEntries();
	}

	private static BibTeXEntry only(Reference reference) throws Exception {
		Map<Key, BibTeXEntry> entries = parse(BibTeXWriter.write(reference));
		assertThat(entries).hasSize(1);
		return entries.values().iterator().next();
	}

	/** A field's value with its LaTeX turned back into plain text. */
	private static String text(BibTeXEntry entry, String field) throws Exception {
		Value value = entry.getField(new Key(field));
		if (value == null) {
			return null;
		}
		return new LaTeXPrinter().print(new LaTeXParser().parse(value.toUserString()));
	}

	/** A name field read with citeproc-java's BibTeX name parser, as "Family|Given". */
	private static List<String> names(BibTeXEntry entry, String field) throws Exception {
		CSLName[] names = NameParser.parse(entry.getField(new Key(field)).toUserString());
		return Arrays.stream(names).map((n) -> n.getFamily() + "|" + n.getGiven()).toList();
	}

	@Test
	void writesABookEntry() throws Exception {
		assertThat(only(References.sovietDisunion()).getType()).isEqualTo(BibTeXEntry.TYPE_BOOK);
	}

	@Test
	void derivesAStableKey() throws Exception {
		assertThat(only(References.sovietDisunion()).getKey().getValue()).isEqualTo("nahaylo1990soviet");
	}

	@Test
	void writesAuthorsFamilyCommaGivenJoinedByAnd() {
		assertThat(BibTeXWriter.write(References.sovietDisunion()))
			.contains("author = {Nahaylo, Bohdan and Swoboda, Victor}");
	}

	@Test
	void keepsAuthorsThroughTheRoundTrip() throws Exception {
		assertThat(names(only(References.sovietDisunion()), "author")).containsExactly("Nahaylo|Bohdan",
				"Swoboda|Victor");
	}

	@Test
	void keepsEditorsAndTranslatorsApart() throws Exception {
		BibTeXEntry entry = only(References.stalinismInPoland());
		assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR)).isNull();
		assertThat(names(entry, "editor")).containsExactly("Kemp-Welch|A.");
		assertThat(names(entry, "translator")).containsExactly("Kemp-Welch|A.");
	}

	@Test
	void keepsThePublicationFieldsThroughTheRoundTrip() throws Exception {
		BibTeXEntry entry = only(References.sovietDisunion());
		assertThat(text(entry, "title"))
			.isEqualTo("Soviet Disunion: A History of the Nationalities Problem in the USSR");
		assertThat(text(entry, "year")).isEqualTo("1990");
		assertThat(text(entry, "publisher")).isEqualTo("Free Press");
		assertThat(text(entry, "address")).isEqualTo("New York");
		assertThat(text(entry, "isbn")).isEqualTo("978-0-02-922401-4");
	}

	@Test
	void writesThePagesOfAChapterWithTwoHyphens() throws Exception {
		assertThat(only(References.nonAscii()).getField(BibTeXEntry.KEY_PAGES).toUserString()).isEqualTo("12--14");
	}

	@Test
	void keepsThePagesACitationCitesOutOfTheBooksFields() throws Exception {
		BibTeXEntry entry = only(References.sovietDisunion());
		assertThat(entry.getField(BibTeXEntry.KEY_PAGES)).isNull();
		assertThat(entry.getField(new Key("pagetotal"))).isNull();
		assertThat(text(entry, "note")).isEqualTo("Cited: pp. 303-305.");
	}

	@Test
	void writesABooksNumberOfPagesAsPagetotal() throws Exception {
		BibTeXEntry entry = only(References.moscow1956());
		assertThat(text(entry, "pagetotal")).isEqualTo("400");
		assertThat(entry.getField(BibTeXEntry.KEY_PAGES)).isNull();
	}

	@Test
	void writesTheWholeDateBesideTheYear() throws Exception {
		BibTeXEntry entry = only(References.moscow1956());
		assertThat(text(entry, "date")).isEqualTo("2017-04-17");
		assertThat(text(entry, "year")).isEqualTo("2017");
	}

	@Test
	void escapesSpecialCharactersInTitles() throws Exception {
		assertThat(text(only(References.nonAscii()), "title")).isEqualTo(References.TRICKY_TITLE);
	}

	@Test
	void keepsBracesBalancedForBibTeX() {
		String title = BibTeXWriter.write(References.nonAscii())
			.lines()
			.filter((l) -> l.strip().startsWith("title"))
			.findFirst()
			.orElseThrow();
		assertThat(title.chars().filter((c) -> c == '{').count())
			.isEqualTo(title.chars().filter((c) -> c == '}').count());
	}

	@Test
	void keepsNonAsciiNamesThroughTheRoundTrip() throws Exception {
		BibTeXEntry entry = only(References.nonAscii());
		assertThat(names(entry, "author")).containsExactly("Autonomašević|Ivan", "Хрущёв|Никита Сергеевич");
		assertThat(names(entry, "translator")).containsExactly("Ødegård|Åse");
	}

	@Test
	void escapesAnAmpersandInThePublisher() throws Exception {
		assertThat(BibTeXWriter.write(References.nonAscii())).contains("publisher = {Prosveta \\& Sons}");
	}

	@Test
	void bracesACorporateAuthorWhole() throws Exception {
		assertThat(BibTeXWriter.write(References.corporateAuthor()))
			.contains("author = {{Radio Free Europe Research and Analysis Department}}");
	}

	@Test
	void writesABlogPostAsOnlineWithItsBlogUrlAndAccessDate() throws Exception {
		BibTeXEntry entry = only(References.blogPost());
		assertThat(entry.getType()).isEqualTo(new Key("online"));
		assertThat(entry.getKey().getValue()).isEqualTo("thaw-blog-1");
		assertThat(text(entry, "organization")).isEqualTo("Thaw Blog");
		assertThat(entry.getField(BibTeXEntry.KEY_URL).toUserString())
			.isEqualTo("https://example.org/thaw?page=2&lang=en");
		assertThat(text(entry, "urldate")).isEqualTo("2024-03-05");
		assertThat(text(entry, "date")).isEqualTo("2018-07-29");
	}

	@Test
	void writesAnEncyclopediaEntryAsInreference() throws Exception {
		BibTeXEntry entry = only(References.encyclopediaEntry());
		assertThat(entry.getType()).isEqualTo(new Key("inreference"));
		assertThat(text(entry, "note")).isEqualTo("The copy does not state the encyclopedia or site.");
	}

	@Test
	void writesAReviewWithTheReviewedBookInItsTitle() throws Exception {
		BibTeXEntry entry = only(References.review());
		assertThat(entry.getType()).isEqualTo(new Key("online"));
		assertThat(text(entry, "title")).isEqualTo("Review of Moscow 1956: The Silenced Spring, by Kathleen E. Smith");
		assertThat(text(entry, "date")).isEqualTo("2017-09-21");
	}

	@Test
	void writesTheParagraphAPassageCitesInTheNoteAndItsAnchorInTheKey() throws Exception {
		BibTeXEntry entry = only(References.blogParagraph());
		assertThat(entry.getKey().getValue()).isEqualTo("thaw-blog-1-p5");
		assertThat(text(entry, "note")).isEqualTo("Cited: section \u201CAftermath\u201D, paragraph 5.");
	}

	@Test
	void writesChaptersAsIncollectionWithBooktitle() throws Exception {
		Reference chapter = Reference.builder(ReferenceType.CHAPTER)
			.title("The Secret Speech")
			.containerTitle("The Khrushchev Reader")
			.build();
		BibTeXEntry entry = only(chapter);
		assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_INCOLLECTION);
		assertThat(text(entry, "booktitle")).isEqualTo("The Khrushchev Reader");
	}

	@Test
	void makesClashingKeysUnique() throws Exception {
		Map<Key, BibTeXEntry> entries = parse(
				BibTeXWriter.write(List.of(References.sovietDisunion(), References.sovietDisunion())));
		assertThat(entries.keySet()).extracting(Key::getValue)
			.containsExactly("nahaylo1990soviet" + "a", "nahaylo1990soviet" + "b");
	}

}

package org.thawcorpus.citation.export;

import java.time.LocalDate;
import java.util.List;

import org.thawcorpus.bibliography.PersonName;

/** Sample references shared by the export tests. */
final class References {

	static final String TRICKY_TITLE = "Braces {and} \"Quotes\" & 100% of $5 #1 under_score ~ ^ \\ and an { alone";

	private References() {
	}

	static PersonName name(String family, String given) {
		return new PersonName(family, given, given + " " + family);
	}

	/** A book cited at a range of pages: the pages are the locator, not the book's. */
	static Reference sovietDisunion() {
		return Reference.builder(ReferenceType.BOOK)
			.authors(List.of(name("Nahaylo", "Bohdan"), name("Swoboda", "Victor")))
			.issued(PartialDate.ofYear(1990))
			.title("Soviet Disunion: A History of the Nationalities Problem in the USSR")
			.publisher("Free Press")
			.place("New York")
			.isbn("978-0-02-922401-4")
			.locator(Locator.pages("303-305"))
			.build();
	}

	/** A book with its number of pages, cited as a whole. */
	static Reference moscow1956() {
		return Reference.builder(ReferenceType.BOOK)
			.authors(List.of(name("Smith", "Kathleen E.")))
			.issued(new PartialDate(2017, 4, 17))
			.title("Moscow 1956: The Silenced Spring")
			.publisher("Harvard University Press")
			.numberOfPages(400)
			.build();
	}

	static Reference stalinismInPoland() {
		PersonName kempWelch = name("Kemp-Welch", "A.");
		return Reference.builder(ReferenceType.BOOK)
			.editors(List.of(kempWelch))
			.translators(List.of(kempWelch))
			.issued(PartialDate.ofYear(1999))
			.title("Stalinism in Poland, 1944-1956")
			.publisher("St. Martin's Press")
			.place("New York")
			.isbn("978-0-312-22644-2")
			.build();
	}

	static Reference nonAscii() {
		return Reference.builder(ReferenceType.CHAPTER)
			.authors(List.of(name("Autonomašević", "Ivan"), name("Хрущёв", "Никита Сергеевич")))
			.translators(List.of(name("Ødegård", "Åse")))
			.issued(PartialDate.ofYear(1970))
			.title(TRICKY_TITLE)
			.containerTitle("Essays")
			.publisher("Prosveta & Sons")
			.place("Beograd")
			.pages("12\u201314")
			.isbn("978-86-07-00001-2")
			.build();
	}

	static Reference corporateAuthor() {
		return Reference.builder(ReferenceType.OTHER)
			.authors(List.of(new PersonName(null, null, "Radio Free Europe Research and Analysis Department")))
			.issued(PartialDate.ofYear(1957))
			.title("Situation Report")
			.build();
	}

	/** A blog post with its full date, its blog, address and access date. */
	static Reference blogPost() {
		return Reference.builder(ReferenceType.BLOG_POST)
			.key("thaw-blog-1")
			.authors(List.of(name("Autonomašević", "Ivan")))
			.issued(new PartialDate(2018, 7, 29))
			.title("Letters from the Thaw")
			.containerTitle("Thaw Blog")
			.url("https://example.org/thaw?page=2&lang=en")
			.accessed(LocalDate.of(2024, 3, 5))
			.build();
	}

	/** A paragraph of the blog post. */
	static Reference blogParagraph() {
		return blogPost().toBuilder()
			.locator(Locator.paragraph("5", "section \u201CAftermath\u201D, paragraph 5", "p5"))
			.build();
	}

	/** A review of a book, dated to the day. */
	static Reference review() {
		return Reference.builder(ReferenceType.REVIEW)
			.authors(List.of(new PersonName(null, null, "Ted Haussman")))
			.issued(new PartialDate(2017, 9, 21))
			.reviewedTitle("Moscow 1956: The Silenced Spring")
			.reviewedAuthors(List.of(name("Smith", "Kathleen E.")))
			.containerTitle("Goodreads")
			.build();
	}

	/** An encyclopedia entry whose site is unknown. */
	static Reference encyclopediaEntry() {
		return Reference.builder(ReferenceType.ENCYCLOPEDIA_ENTRY)
			.title("The Khrushchev Thaw")
			.note("The copy does not state the encyclopedia or site.")
			.build();
	}

}

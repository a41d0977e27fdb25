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

	static Reference sovietDisunion() {
		return Reference.builder(ReferenceType.BOOK)
			.authors(List.of(name("Nahaylo", "Bohdan"), name("Swoboda", "Victor")))
			.year(1990)
			.title("Soviet Disunion: A History of the Nationalities Problem in the USSR")
			.publisher("Free Press")
			.place("New York")
			.pages("303-305")
			.isbn("978-0-02-922401-4")
			.build();
	}

	static Reference stalinismInPoland() {
		PersonName kempWelch = name("Kemp-Welch", "A.");
		return Reference.builder(ReferenceType.BOOK)
			.editors(List.of(kempWelch))
			.translators(List.of(kempWelch))
			.year(1999)
			.title("Stalinism in Poland, 1944-1956")
			.publisher("St. Martin's Press")
			.place("New York")
			.isbn("978-0-312-22644-2")
			.build();
	}

	static Reference nonAscii() {
		return Reference.builder(ReferenceType.BOOK)
			.authors(List.of(name("Autonomašević", "Ivan"), name("Хрущёв", "Никита Сергеевич")))
			.translators(List.of(name("Ødegård", "Åse")))
			.year(1970)
			.title(TRICKY_TITLE)
			.publisher("Prosveta & Sons")
			.place("Beograd")
			.pages("12\u201314")
			.isbn("978-86-07-00001-2")
			.build();
	}

	static Reference corporateAuthor() {
		return Reference.builder(ReferenceType.OTHER)
			.authors(List.of(new PersonName(null, null, "Radio Free Europe Research and Analysis Department")))
			.year(1957)
			.title("Situation Report")
			.build();
	}

	static Reference webPassage() {
		return Reference.webPage("thaw-blog-1", List.of(name("Autonomašević", "Ivan")), "Thaw Blog",
				"Letters from the Thaw", "https://example.org/thaw?page=2&lang=en", LocalDate.of(2024, 3, 5));
	}

}

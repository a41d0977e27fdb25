package org.thawcorpus.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryWriterTest {

	@Test
	void dropsQuotesIntoSeparateWords() {
		assertThat(QueryWriter.write(QueryWriter.withoutQuotes(QueryParser.parse("\"secret speeches\" 1956"))))
			.isEqualTo("secret speeches 1956");
		assertThat(QueryWriter.withoutQuotes(QueryParser.parse("secret speech"))).isNull();
	}

	@Test
	void offersAnyOfTheWordsWithoutLowerCaseConnectives() {
		assertThat(QueryWriter.write(QueryWriter.anyOf(QueryParser.parse("Poland or Hungary"))))
			.isEqualTo("Poland OR Hungary");
		assertThat(QueryWriter.anyOf(QueryParser.parse("Poland"))).isNull();
	}

	@Test
	void replacesAWordWithAnotherSpellingWhereverItStands() {
		QueryNode query = QueryParser.parse("(Krushchov OR Stalin) -\"Krushchov\" Krushchov*");
		assertThat(QueryWriter.write(QueryWriter.replaced(query, new QueryNode.Word("Krushchov"), "Khrushchev")))
			.isEqualTo("(Khrushchev OR Stalin) NOT \"Krushchov\" Krushchov*");
	}

}

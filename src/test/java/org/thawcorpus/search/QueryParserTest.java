package org.thawcorpus.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.thawcorpus.search.QueryNode.All;
import org.thawcorpus.search.QueryNode.Any;
import org.thawcorpus.search.QueryNode.Fuzzy;
import org.thawcorpus.search.QueryNode.Not;
import org.thawcorpus.search.QueryNode.Phrase;
import org.thawcorpus.search.QueryNode.Prefix;
import org.thawcorpus.search.QueryNode.Word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParserTest {

	@Test
	void readsAdjacentWordsAsAllOfThem() {
		assertThat(QueryParser.parse("Stalin speech"))
			.isEqualTo(new All(List.of(new Word("Stalin"), new Word("speech"))));
	}

	@Test
	void readsQuotedWordsAsAPhrase() {
		assertThat(QueryParser.parse("\"secret speech\" 1956"))
			.isEqualTo(new All(List.of(new Phrase("secret speech"), new Word("1956"))));
	}

	@Test
	void readsTypographicQuotesAsQuotes() {
		assertThat(QueryParser.parse("“secret speech”")).isEqualTo(new Phrase("secret speech"));
	}

	@Test
	void readsAFinalStarAsAPrefixAndAFinalTildeAsLooseSpelling() {
		assertThat(QueryParser.parse("revol* Kruschev~"))
			.isEqualTo(new All(List.of(new Prefix("revol"), new Fuzzy("Kruschev"))));
	}

	@Test
	void bindsAndTighterThanOr() {
		assertThat(QueryParser.parse("Poland OR Hungary AND 1956"))
			.isEqualTo(new Any(List.of(new Word("Poland"), new All(List.of(new Word("Hungary"), new Word("1956"))))));
	}

	@Test
	void groupsWithParentheses() {
		assertThat(QueryParser.parse("(Poland OR Hungary) 1956"))
			.isEqualTo(new All(List.of(new Any(List.of(new Word("Poland"), new Word("Hungary"))), new Word("1956"))));
	}

	@Test
	void readsNotAndMinusAsLeavingOutAndPlusAsRequiring() {
		assertThat(QueryParser.parse("Thaw NOT Ehrenburg")).isEqualTo(parse("Thaw -Ehrenburg"));
		assertThat(QueryParser.parse("Thaw -Ehrenburg"))
			.isEqualTo(new All(List.of(new Word("Thaw"), new Not(new Word("Ehrenburg")))));
		assertThat(QueryParser.parse("+Thaw +Ehrenburg")).isEqualTo(parse("Thaw AND Ehrenburg"));
	}

	@Test
	void keepsHyphensInsideWordsAndLowerCaseOperatorsAsWords() {
		assertThat(QueryParser.parse("de-Stalinization or not"))
			.isEqualTo(new All(List.of(new Word("de-Stalinization"), new Word("or"), new Word("not"))));
	}

	@Test
	void writesBackWhatItReads() {
		String query = "(Poland OR Hungary) \"secret speech\" revol* -Ehrenburg";
		assertThat(QueryParser.parse(QueryWriter.write(QueryParser.parse(query)))).isEqualTo(parse(query));
	}

	@Test
	void asksToCloseAnUnbalancedQuote() {
		assertThatThrownBy(() -> QueryParser.parse("\"secret speech")).isInstanceOf(QuerySyntaxException.class)
			.hasMessageContaining("quotation mark before \"secret speech\" is not closed");
	}

	@Test
	void asksToCloseAnUnbalancedParenthesis() {
		assertThatThrownBy(() -> QueryParser.parse("(Poland OR Hungary")).hasMessageContaining("not closed");
		assertThatThrownBy(() -> QueryParser.parse("Poland) OR Hungary")).hasMessageContaining("closes nothing");
	}

	@Test
	void asksForWordsAroundALoneOperator() {
		assertThatThrownBy(() -> QueryParser.parse("Stalin AND"))
			.hasMessageContaining("AND needs a word on both sides");
		assertThatThrownBy(() -> QueryParser.parse("OR Hungary")).hasMessageContaining("OR needs a word on both sides");
		assertThatThrownBy(() -> QueryParser.parse("Thaw NOT")).hasMessageContaining("NOT needs a word after it");
		assertThatThrownBy(() -> QueryParser.parse("Thaw - Ehrenburg"))
			.hasMessageContaining("must stand right before a word");
	}

	@Test
	void refusesAStarAloneOrAtTheStart() {
		assertThatThrownBy(() -> QueryParser.parse("*")).hasMessageContaining("cannot stand alone");
		assertThatThrownBy(() -> QueryParser.parse("*speech")).hasMessageContaining("only at the end of a word");
	}

	@Test
	void refusesAQueryThatOnlyLeavesOut() {
		assertThatThrownBy(() -> QueryParser.parse("NOT Stalin")).hasMessageContaining("only says what to leave out");
		assertThatThrownBy(() -> QueryParser.parse("-Stalin -Khrushchev"))
			.hasMessageContaining("only says what to leave out");
	}

	@Test
	void refusesEmptyQuotesAndParentheses() {
		assertThatThrownBy(() -> QueryParser.parse("\"\" Thaw")).hasMessageContaining("enclose no words");
		assertThatThrownBy(() -> QueryParser.parse("() Thaw")).hasMessageContaining("enclose nothing");
	}

	@Test
	void refusesPunctuationWithoutWords() {
		assertThatThrownBy(() -> QueryParser.parse("… —")).hasMessageContaining("no letters or digits");
	}

	private static QueryNode parse(String query) {
		return QueryParser.parse(query);
	}

}

package org.thawcorpus.search;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.thawcorpus.annotation.AnnotationRegister;
import org.thawcorpus.annotation.parse.EntityMention;
import org.thawcorpus.annotation.parse.Register;
import org.thawcorpus.search.MatchRanges.Range;

import static org.assertj.core.api.Assertions.assertThat;

class NamePlacesTest {

	private final AnnotationRegister register = new AnnotationRegister(Register.standard());

	@Test
	void storedPlacesGiveTheMentionsOfTheEntriesAskedFor() {
		String text = "Under Khrushchev, the Khrushchev Thaw began; Stalin's name was removed.";
		List<EntityMention> mentions = this.register.recognizer().findWithInnerNames(text);
		assertThat(mentions).isNotEmpty();
		String entry = mentions.get(0).entry().id();

		NamePlaces places = NamePlaces.read(NamePlaces.store(mentions));

		List<Range> expected = mentions.stream()
			.filter((m) -> m.entry().id().equals(entry))
			.map((m) -> new Range(m.start(), m.end()))
			.toList();
		assertThat(places.known()).isTrue();
		assertThat(places.of(Set.of(entry))).isEqualTo(expected);
		assertThat(places.of(Set.of("no-such-entry"))).isEmpty();
	}

	@Test
	void aTextWithoutNamesStoresNothingAndReadsAsKnownAndEmpty() {
		assertThat(NamePlaces.store(List.of())).isNull();
		NamePlaces places = NamePlaces.read(null);
		assertThat(places.known()).isTrue();
		assertThat(places.of(Set.of("any"))).isEmpty();
		assertThat(NamePlaces.UNKNOWN.known()).isFalse();
	}

	@Test
	void theLocatorHighlightsAWidenedNameFromStoredPlacesAsFromTheText() {
		String text = "Kruschev, as the papers spelt him, spoke; later the Khrushchev thaw was named for him.";
		QueryLocator locator = new QueryLocator(new NameMatches(this.register));
		QueryNode query = new QueryWidening(this.register).widen(QueryParser.parse("Hruščev"));
		NamePlaces places = NamePlaces.read(NamePlaces.store(this.register.recognizer().findWithInnerNames(text)));

		List<Range> read = locator.locate(query, text);
		List<Range> stored = locator.locate(query, text, places);

		assertThat(read).isNotEmpty();
		assertThat(stored).isEqualTo(read);
		assertThat(locator.locate(query, text, NamePlaces.read(null))).isEmpty();
	}

}

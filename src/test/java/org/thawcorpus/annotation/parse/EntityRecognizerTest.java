package org.thawcorpus.annotation.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EntityRecognizerTest {

	private final EntityRecognizer recognizer = new EntityRecognizer(Register.standard());

	private List<String> ids(String text) {
		return this.recognizer.find(text).stream().map((m) -> m.entry().id()).toList();
	}

	private List<String> texts(String text) {
		return this.recognizer.find(text).stream().map(EntityMention::text).toList();
	}

	@Test
	void mapsEverySpellingOfKhrushchevInTheSeedsToOneEntity() {
		for (String text : List.of("Nikita Khrushchev stunned a closed gathering", "with Kruschev's Secret Speech at",
				"Khruschev had the writer mentioned", "Khushchev set a panel to investigate",
				"It presents Hruščev's faltering thaw", "So much so that Hruščev got cold feet",
				"речь Хрущёва о культе", "KHRUSHCHEV AND THE THAW", "Khrushchov, Khrushchyov or Chruschtschow")) {
			assertThat(this.recognizer.find(text)).as(text)
				.isNotEmpty()
				.first()
				.satisfies((m) -> assertThat(m.entry().id()).isEqualTo("nikita-khrushchev"));
		}
	}

	@Test
	void takesAnAdjectivalCyrillicFormForPartOfAPeriodNotForThePerson() {
		assertThat(ids("Хрущёвская о́ттепель")).containsExactly("khrushchev-thaw");
		assertThat(ids("хрущёвский период")).isEmpty();
		assertThat(ids("при Хрущёве")).containsExactly("nikita-khrushchev");
	}

	@Test
	void matchesAPossessiveToTheNameItFollows() {
		List<EntityMention> found = this.recognizer.find("due to Nikita Khrushchev's policies and Stalin’s death");
		assertThat(found).extracting(EntityMention::text, (m) -> m.entry().id())
			.containsExactly(tuple("Nikita Khrushchev", "nikita-khrushchev"), tuple("Stalin", "joseph-stalin"));
	}

	@Test
	void ignoresCaseDiacriticsAndTypography() {
		assertThat(ids("hruscev and HRUŠČEV")).containsExactly("nikita-khrushchev", "nikita-khrushchev");
		assertThat(ids("Il’ia Ehrenburg")).containsExactly("ilya-ehrenburg");
		assertThat(ids("Il'ia Ehrenburg")).containsExactly("ilya-ehrenburg");
		assertThat(ids("the Tito–Stalin Split")).containsExactly("tito-stalin-split");
		assertThat(ids("the Tito-Stalin split")).containsExactly("tito-stalin-split");
		assertThat(ids("the Soviet\u00A0Union")).containsExactly("soviet-union");
		assertThat(ids("Władysław Gomułka and Wladislaw Gomulka")).containsExactly("wladyslaw-gomulka",
				"wladyslaw-gomulka");
		assertThat(ids("de-Stalinization, destalinization, de Stalinisation")).containsOnly("de-stalinization")
			.hasSize(3);
	}

	@Test
	void keepsOffsetsIntoTheOriginalTextWhereFoldingChangesLengths() {
		String text = "(«Хрущёвская о́ттепель», Straße, Khrushchev)";
		List<EntityMention> found = this.recognizer.find(text);
		assertThat(found).hasSize(2);
		assertThat(found.get(0).text()).isEqualTo("Хрущёвская о́ттепель");
		assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("Хрущёвская о́ттепель");
		assertThat(found.get(1).start()).isEqualTo(text.indexOf("Khrushchev"));
		assertThat(found.get(1).end()).isEqualTo(text.indexOf("Khrushchev") + "Khrushchev".length());
	}

	@Test
	void prefersTheLongestMatch() {
		assertThat(this.recognizer.find("The Hungarian Revolution of 1956 was suppressed in Budapest"))
			.extracting((m) -> m.entry().type(), EntityMention::text)
			.containsExactly(tuple(EntityType.EVENT, "Hungarian Revolution of 1956"),
					tuple(EntityType.PLACE, "Budapest"));
		assertThat(ids("Moscow 1956: The Silenced Spring brings")).containsExactly("moscow-1956");
		assertThat(ids("at the 20th Congress of the Communist Party")).containsExactly("twentieth-party-congress");
		assertThat(ids("the Moscow Party Committee")).containsExactly("moscow-party-committee");
	}

	@Test
	void takesHungryForHungaryOnlyCapitalisedInASentenceNamingAnotherPlace() {
		assertThat(ids("uprisings in Poland and Hungry.")).containsExactly("poland", "hungary");
		assertThat(ids("Fresh from his visit to Poland, Khrushchev turned to Hungry whose leader had died."))
			.containsExactly("poland", "nikita-khrushchev", "hungary");
		assertThat(ids("The students in Poland were hungry.")).containsExactly("poland");
		assertThat(ids("Hungry citizens marched in Poland.")).containsExactly("poland");
		assertThat(ids("I was Hungry after the long speech.")).isEmpty();
	}

	@Test
	void findsNoNamesInOrdinaryWords() {
		assertThat(ids("The party was a thaw of sorts: kremlinology, Georgian wine, Moscowitz and Stalinist art, "
				+ "a free press and the hungry crowd spoke of the secretive speech."))
			.isEmpty();
	}

	@Test
	void takesTheThawForTheNovelOnlyInASentenceNamingEhrenburg() {
		assertThat(this.recognizer.find("Ilya Ehrenburg's 1954 novel The Thaw (\"Оттепель\"), sensational"))
			.extracting((m) -> m.entry().id(), EntityMention::text)
			.containsExactly(tuple("ilya-ehrenburg", "Ilya Ehrenburg"), tuple("the-thaw-novel", "The Thaw"),
					tuple("the-thaw-novel", "Оттепель"));
		assertThat(ids("The Thaw started in 1953.")).containsExactly("khrushchev-thaw");
		assertThat(ids("the publication of “Il’ia Ehrenburg’s THE THAW,” a new age")).containsExactly("ilya-ehrenburg",
				"the-thaw-novel");
		assertThat(ids("a review of The Thaw appeared")).isEmpty();
	}

	@Test
	void doesNotTakeAOneWordNameInsideALongerUnknownName() {
		assertThat(ids("a book by Hedrick Smith")).isEmpty();
		assertThat(ids("the Labour Party won")).isEmpty();
		assertThat(ids("Smith looks at writers")).containsExactly("kathleen-e-smith");
		assertThat(ids("as Premier Khrushchev said")).containsExactly("nikita-khrushchev");
		assertThat(ids("In Moscow Khrushchev spoke")).containsExactly("moscow", "nikita-khrushchev");
	}

	@Test
	void findsNothingInsideAWebAddress() {
		assertThat(ids("see https://example.org/moscow/stalin for more")).isEmpty();
	}

	@Test
	void givesEverySpellingOfTheEntitiesATextNamesForASearchIndex() {
		assertThat(this.recognizer.searchTerms("Kruschev spoke in Moscow")).contains("Nikita Khrushchev", "Khrushchev",
				"Kruschev", "Hruščev", "Хрущёв", "Moscow", "Москва");
	}

	@Test
	void findsForTheSearchTheNamesInsideLongerNames() {
		String text = "This time period from 1953 until 1964 was known as the Khrushchev thaw.";
		assertThat(ids(text)).containsExactly("khrushchev-thaw");
		assertThat(this.recognizer.findWithInnerNames(text)).extracting(EntityMention::text, (m) -> m.entry().id())
			.containsExactly(tuple("Khrushchev", "nikita-khrushchev"), tuple("Khrushchev thaw", "khrushchev-thaw"));
		assertThat(this.recognizer.searchTerms(text)).contains("Kruschev", "Hruščev", "Ottepel");
		// An inner name of the same entry, or a guarded spelling, is not added.
		assertThat(this.recognizer.findWithInnerNames("Nikita Khrushchev spoke")).extracting(EntityMention::text)
			.containsExactly("Nikita Khrushchev");
	}

	@Test
	void aNameSpreadOverThousandsOfSpacesOrSoftHyphensIsNotAMention() {
		assertThat(texts("Nikita" + " ".repeat(3_000) + "Khrushchev spoke.")).containsExactly("Khrushchev");
		assertThat(texts("Khru" + "\u00ad".repeat(3_000) + "shchev spoke.")).isEmpty();
		assertThat(texts("Khru\u00adshchev spoke.")).containsExactly("Khru\u00adshchev");
	}

}

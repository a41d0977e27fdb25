package org.thawcorpus.annotation.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegisterTest {

	private static final String HEADER = "id,name,type,variants,description,wikidata,context,source,sort\n";

	@Test
	void readsTheBundledRegister() {
		Register register = Register.standard();
		assertThat(register.entries()).hasSizeGreaterThan(80);
		assertThat(register.entry("nikita-khrushchev")).hasValueSatisfying((e) -> {
			assertThat(e.name()).isEqualTo("Nikita Khrushchev");
			assertThat(e.type()).isEqualTo(EntityType.PERSON);
			assertThat(e.wikidata()).isEqualTo("Q19777");
			assertThat(e.spellings()).contains("Khrushchev", "Kruschev", "Khruschev", "Khushchev", "Hruščev", "Хрущёв");
			assertThat(e.source()).startsWith("named in seed 000");
		});
		assertThat(register.entries()).allSatisfy((e) -> assertThat(e.source()).isNotBlank());
	}

	@Test
	void findsEntriesByAnySpelling() {
		assertThat(Register.standard().named("kruschev")).extracting(RegisterEntry::id)
			.containsExactly("nikita-khrushchev");
		assertThat(Register.standard().named("  HRUSCEV ")).extracting(RegisterEntry::id)
			.containsExactly("nikita-khrushchev");
		assertThat(Register.standard().named("Hungry")).extracting(RegisterEntry::id).containsExactly("hungary");
		assertThat(Register.standard().named("nobody")).isEmpty();
	}

	@Test
	void readsQuotedFieldsAndMarkers() {
		Register register = Register.read("# comment\n" + HEADER
				+ "x-place,\"Washington, D.C.\",PLACE,=Washington|?Wash,\"a \"\"city\"\"\",,PLACE,seed 000 line 11\n"
				+ "y-place,Poland,PLACE,,,Q36,,seed 000 line 13\n");
		RegisterEntry entry = register.entry("x-place").orElseThrow();
		assertThat(entry.name()).isEqualTo("Washington, D.C.");
		assertThat(entry.description()).isEqualTo("a \"city\"");
		assertThat(entry.variants()).containsExactly(new Variant("Washington, D.C.", false, false),
				new Variant("Washington", true, false), new Variant("Wash", true, true));
		assertThat(entry.context()).containsExactly("PLACE");
		assertThat(register.entry("y-place").orElseThrow().wikidata()).isEqualTo("Q36");
	}

	@Test
	void sortsPeopleBySurnameAndTitlesWithoutTheirArticle() {
		Register register = Register.read(HEADER + "a,Nikita Khrushchev,PERSON,,,,,s\n" + "b,von Geldern,PERSON,,,,,s\n"
				+ "c,Josip Broz Tito,PERSON,,,,,s,\"Tito, Josip Broz\"\n" + "d,The Thaw,WORK,,,,,s\n"
				+ "e,Aleksandr Mil'chakov,PERSON,,,,,s\n" + "f,Władysław Gomułka,PERSON,,,,,s\n"
				+ "g,Moscow,PLACE,,,,,s,\n");
		assertThat(register.entries()).extracting(RegisterEntry::sortName)
			.containsExactly("Khrushchev, Nikita", "Geldern, von", "Tito, Josip Broz", "Thaw, The",
					"Mil'chakov, Aleksandr", "Gomułka, Władysław", "Moscow");
		assertThat(register.entries()).extracting(RegisterEntry::sortKey)
			.containsExactly("khrushchev, nikita", "geldern, von", "tito, josip broz", "thaw, the",
					"milchakov, aleksandr", "gomulka, wladyslaw", "moscow");
		assertThat(Register.standard().entry("joseph-stalin").orElseThrow().sortName()).isEqualTo("Stalin, Joseph");
	}

	@Test
	void changesItsFingerprintWithItsText() {
		String one = HEADER + "a,A name,PLACE,,,,,seed\n";
		assertThat(Register.read(one).fingerprint()).isEqualTo(Register.read(one).fingerprint())
			.isNotEqualTo(Register.read(one + "b,B name,PLACE,,,,,seed\n").fingerprint());
	}

	@Test
	void rejectsMalformedEntriesNamingTheLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> Register.read(HEADER + "a,Alpha,THING,,,,,s\n"))
			.withMessageContaining("line 2")
			.withMessageContaining("THING");
		assertThatIllegalArgumentException().isThrownBy(() -> Register.read(HEADER + "A b,Alpha,PLACE,,,,,s\n"))
			.withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> Register.read(HEADER + "a,Alpha,PLACE,,,,s\n"))
			.withMessageContaining("9 columns");
		assertThatIllegalArgumentException().isThrownBy(() -> Register.read(HEADER + "a,Alpha,PLACE,,,Q-1,,s\n"))
			.withMessageContaining("Wikidata");
		assertThatIllegalArgumentException().isThrownBy(() -> Register.read(HEADER + "a,Alpha,PLACE,?Beta,,,,s\n"))
			.withMessageContaining("context");
		assertThatIllegalArgumentException().isThrownBy(() -> Register.read(HEADER + "a,Alpha,PLACE,,,,nobody,s\n"))
			.withMessageContaining("nobody");
		assertThatIllegalArgumentException().isThrownBy(() -> Register.read(HEADER + "a,Alpha,PLACE,,,,,\n"))
			.withMessageContaining("source");
		assertThatIllegalArgumentException().isThrownBy(() -> Register.read("id,name\n"))
			.withMessageContaining("header");
	}

	@Test
	void rejectsAnIdOrASpellingUsedTwice() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Register.read(HEADER + "a,Alpha,PLACE,,,,,s\na,Beta,PLACE,,,,,s\n"))
			.withMessageContaining("line 3")
			.withMessageContaining("line 2");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Register.read(HEADER + "a,Alpha,PLACE,,,,,s\nb,Beta,PLACE,ALPHA,,,,s\n"))
			.withMessageContaining("\"a\"");
	}

}

package org.thawcorpus.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.thawcorpus.text.TextFolding;

import static org.assertj.core.api.Assertions.assertThat;

/** The furniture words of text copies, in English, German, French and Spanish. */
class FurnitureWordsTest {

	private static String label(String line) {
		FurnitureWords.Word word = FurnitureWords.COMMON.word(TextFolding.fold(line).strip());
		return (word != null) ? word.label() : null;
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';',
			value = { "Skip to content;skip link", "Zum Inhalt springen;skip link", "Aller au contenu;skip link",
					"Ir al contenido;skip link", "Main menu;site menu", "Hauptmenü;site menu", "Accueil;site menu",
					"Inicio;site menu", "Browse ▾;site menu", "Search for:;search box", "Suche;search box",
					"Rechercher;search box", "Buscar;search box", "Sign in;sign-in prompt", "Anmelden;sign-in prompt",
					"Se connecter;sign-in prompt", "Iniciar sesión;sign-in prompt", "Read;page tabs",
					"View history;page tabs", "Versionsgeschichte;page tabs", "Languages;language list",
					"Deutsch;language list", "Русский;language list", "Select Language\u200b▼;language list",
					"Archives;archive", "Categories;tag list", "Kategorien;tag list", "Recent Posts;recent posts",
					"Share this:;share buttons", "Teilen;share buttons", "Privacy policy;page footer",
					"Impressum;page footer", "Mentions légales;page footer", "Aviso legal;page footer",
					"Accept all;cookie notice", "Alle akzeptieren;cookie notice", "Loading...;loading notice" })
	void namesTheWordsOfEveryLanguageMet(String line, String label) {
		assertThat(label(line)).isEqualTo(label);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = { "December 2019  (6);archive", "►  2012 (17);archive", "▼  May (1);archive",
			"Dezember 2019 (6);archive", "décembre 2019 (6);archive", "diciembre 2019 (6);archive",
			"© 2025 Goodreads, Inc.;copyright line", "Copyright (C) 2012-2014 A. Writer.;copyright line",
			"Alle Rechte vorbehalten.;copyright line", "Proudly powered by WordPress;page footer",
			"This page was last edited on 2 May 2024, at 10:00 (UTC).;page footer",
			"Text is available under the Creative Commons Attribution-ShareAlike License;licence line",
			"We use cookies to improve your experience on our site.;cookie notice",
			"Next Post: WeFoster Launches Hosting;post navigation", "Join 9,518 other subscribers;subscription prompt",
			"Click to share on Twitter (Opens in new window);share buttons", "Buy on Amazon;shop link",
			"Kindle $10.99;shop link", "From Wikipedia, the free encyclopedia;site tagline",
			"Aus Wikipedia, der freien Enzyklopädie;site tagline" })
	void namesTheShapesOfFurnitureLines(String line, String label) {
		assertThat(label(line)).isEqualTo(label);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "The Thaw Apartment", "Mozilla", "Elena Varga", "History",
			"In the spring of 1956 the studio gave its first performance.", "1956 (Moscow)",
			"Cookies were baked in the canteen." })
	void namesNoOtherLine(String line) {
		assertThat(label(line)).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "» Home", "• Home »", "►  Home", "Home ▾", "Home:", "Home ...", "Home …", "Home \u200b▼" })
	void readsAMenuItemWithoutItsBulletsAndToggles(String line) {
		assertThat(label(line)).isEqualTo("site menu");
	}

	@Test
	void aLineWithARunOfTogglesInsideIsNoMenuItem() {
		assertThat(label("Home " + "»".repeat(100_000) + " away")).isNull();
		assertThat(label("Home " + "»".repeat(100_000))).isEqualTo("site menu");
	}

	@Test
	void marksTheHeadingsOfListsOfLinks() {
		assertThat(FurnitureWords.COMMON.word("Categories").heading()).isTrue();
		assertThat(FurnitureWords.COMMON.word("Archives").heading()).isTrue();
		assertThat(FurnitureWords.COMMON.word("Privacy").heading()).isFalse();
	}

	@Test
	void asksAKindsOwnNamesFirstAndSaysTheKindNamesThem() {
		FurnitureWords words = FurnitureWords.COMMON.with((line) -> line.equals("Like") ? "like button" : null)
			.withWords("site menu", false, "Choice Awards");
		assertThat(words.word("Like")).isEqualTo(new FurnitureWords.Word("like button", false, true));
		assertThat(words.word("Choice Awards")).isEqualTo(new FurnitureWords.Word("site menu", false, false));
		assertThat(FurnitureWords.COMMON.word("Choice Awards")).isNull();
		assertThat(words.word("Sign in").kinds()).isFalse();
	}

}

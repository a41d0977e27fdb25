package org.thawcorpus.source.blog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.thawcorpus.source.PrintedCount;
import org.thawcorpus.text.TextFolding;

import static org.assertj.core.api.Assertions.assertThat;

/** The comments headers blogs print, in English, German and French, and their counts. */
class BlogShapesTest {

	private static PrintedCount count(String line) {
		return BlogShapes.commentsCount(TextFolding.fold(line).strip());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "6 thoughts on “A Thaw”|6", "There are 13 comments|13", "There is 1 comment|1", "24 Comments:|24",
					"No comments:|0", "4 Gedanken zu „Tauwetter“|4", "Ein Gedanke zu „Tauwetter“|1", "3 Kommentare|3",
					"Keine Kommentare:|0", "2 réflexions sur « Le dégel »|2", "2 réflexions au sujet de « Le dégel »|2",
					"Une réflexion sur « Le dégel »|1", "12 commentaires :|12", "Aucun commentaire:|0",
					"1,204 comments|1204", "Comments (7)|7" })
	void readsTheCountAHeaderClaims(String line, long claimed) {
		PrintedCount count = count(line);
		assertThat(count).isNotNull();
		assertThat(count.value()).isEqualTo(claimed);
		assertThat(count.exact()).isTrue();
	}

	@Test
	void takesAnAbbreviatedCountForNoExactClaim() {
		assertThat(count("1.2k comments").exact()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Laisser un commentaire", "Kommentar verfassen", "Comments are closed.",
			"Sarah wrote 13 comments on this post last year." })
	void takesNoOtherLineForAHeader(String line) {
		assertThat(count(line)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Leave a Reply", "Post a Comment", "Schreibe einen Kommentar Antworten abbrechen",
			"Laisser un commentaire Annuler la réponse", "Enregistrer un commentaire",
			"Your email address will not be published. Required fields are marked *",
			"Deine E-Mail-Adresse wird nicht veröffentlicht." })
	void findsWhereTheReplyFormStarts(String line) {
		assertThat(BlogShapes.isReplyFormStart(TextFolding.fold(line))).isTrue();
	}

}

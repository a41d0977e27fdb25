package org.thawcorpus.document;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadingLayoutTests {

	/** A layout of one untitled section of passages of the given lengths. */
	private static ReadingLayout section(int... lengths) {
		ReadingLayout.Builder layout = ReadingLayout.builder().heading(0, 0);
		for (int i = 0; i < lengths.length; i++) {
			layout.passage(i, lengths[i], true);
		}
		return layout.build();
	}

	/**
	 * Every passage's page holds it, and the pages hold the passages in order, once each.
	 */
	private static void holdsEachPassageOnce(ReadingLayout layout, int passages) {
		List<Integer> held = new ArrayList<>();
		for (int page = 1; page <= layout.pages(); page++) {
			ReadingLayout.Span span = layout.passages(page);
			for (int p = span.from(); p < Math.min(span.to(), passages); p++) {
				held.add(p);
				assertThat(layout.pageOfPassage(p)).isEqualTo(page);
			}
		}
		assertThat(held).containsExactlyElementsOf(IntStream.range(0, passages).boxed().toList());
	}

	@Test
	void aShortDocumentFitsOnOnePage() {
		ReadingLayout layout = section(300, 300, 300);
		assertThat(layout.pages()).isEqualTo(1);
		assertThat(layout.paged()).isFalse();
		assertThat(layout.reviewsPage()).isEqualTo(1);
		holdsEachPassageOnce(layout, 3);
	}

	@Test
	void aPageHoldsAtMostSoManyHeadingsAndPassages() {
		ReadingLayout layout = section(new int[250]);
		assertThat(layout.pages()).isEqualTo(3);
		assertThat(layout.passages(1)).isEqualTo(new ReadingLayout.Span(0, ReadingLayout.MAX_ITEMS - 1));
		assertThat(layout.passages(2).to() - layout.passages(2).from()).isEqualTo(ReadingLayout.MAX_ITEMS);
		holdsEachPassageOnce(layout, 250);
		assertThat(layout.bodyPassagesBefore(2)).isEqualTo(ReadingLayout.MAX_ITEMS - 1);
	}

	@Test
	void aPageHoldsAtMostSoManyCharacters() {
		int length = ReadingLayout.MAX_CHARS * 2 / 5;
		ReadingLayout layout = section(length, length, length, length, length);
		assertThat(layout.pages()).isEqualTo(3);
		assertThat(layout.passages(1)).isEqualTo(new ReadingLayout.Span(0, 2));
		holdsEachPassageOnce(layout, 5);
	}

	@Test
	void aPassageLongerThanAPageHasAPageOfItsOwn() {
		ReadingLayout layout = section(100, ReadingLayout.MAX_CHARS * 3, 100);
		assertThat(layout.pages()).isEqualTo(3);
		assertThat(layout.pageOfPassage(1)).isEqualTo(2);
		holdsEachPassageOnce(layout, 3);
	}

	@Test
	void aHeadingStaysWithTheFirstPassageOfItsSection() {
		ReadingLayout.Builder builder = ReadingLayout.builder().heading(0, 5);
		for (int p = 0; p < ReadingLayout.MAX_ITEMS - 2; p++) {
			builder.passage(p, 10, true);
		}
		ReadingLayout layout = builder.heading(1, 6)
			.passage(ReadingLayout.MAX_ITEMS - 2, 10, true)
			.heading(2, 5)
			.build();
		assertThat(layout.pages()).isEqualTo(2);
		assertThat(layout.pageOfSection(1)).isEqualTo(2);
		assertThat(layout.pageOfPassage(ReadingLayout.MAX_ITEMS - 2)).isEqualTo(2);
		assertThat(layout.pageOfSection(2)).isEqualTo(2);
		assertThat(layout.sections(1)).isEqualTo(new ReadingLayout.Span(0, 1));
		assertThat(layout.sections(2)).isEqualTo(new ReadingLayout.Span(1, Integer.MAX_VALUE));
	}

	@Test
	void theReviewsShownStayTogetherAfterTheText() {
		ReadingLayout.Builder builder = ReadingLayout.builder().heading(0, 0);
		for (int p = 0; p < 90; p++) {
			builder.passage(p, 10, true);
		}
		List<Integer> paragraphs = IntStream.range(90, 110).boxed().toList();
		ReadingLayout layout = builder.reviews(10, paragraphs, 2000).build();
		assertThat(layout.pages()).isEqualTo(2);
		assertThat(layout.reviewsPage()).isEqualTo(2);
		assertThat(paragraphs).allMatch((p) -> layout.pageOfPassage(p) == 2);
		assertThat(section(new int[250]).reviewsPage()).isEqualTo(3);
	}

	@Test
	void aLongCommentContinuesOnTheNextPageAndTheNextCommentsBeginThere() {
		ReadingLayout.Builder builder = ReadingLayout.builder().heading(0, 0).passage(0, 10, true);
		int position = 1;
		builder.comment(0);
		for (int p = 0; p < 150; p++) {
			builder.passage(position++, 10, false);
		}
		builder.comment(1).passage(position++, 10, false).comment(2);
		ReadingLayout layout = builder.build();
		assertThat(layout.pages()).isEqualTo(2);
		assertThat(layout.pageOfComment(0)).isEqualTo(1);
		assertThat(layout.pageOfComment(1)).isEqualTo(2);
		assertThat(layout.pageOfComment(2)).isEqualTo(2);
		assertThat(layout.comments(2)).isEqualTo(new ReadingLayout.Span(1, Integer.MAX_VALUE));
		assertThat(layout.bodyPassagesBefore(2)).isEqualTo(1);
		assertThat(layout.passageCount()).isEqualTo(152);
		holdsEachPassageOnce(layout, position);
	}

	@Test
	void refusesPartsOutOfReadingOrder() {
		ReadingLayout.Builder builder = ReadingLayout.builder().heading(0, 0).passage(5, 10, true);
		assertThatThrownBy(() -> builder.passage(3, 10, true)).isInstanceOf(IllegalStateException.class);
	}

}

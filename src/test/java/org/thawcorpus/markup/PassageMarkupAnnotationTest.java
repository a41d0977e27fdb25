package org.thawcorpus.markup;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PassageMarkupAnnotationTest {

	private static Mark annotation(int start, int end, String value, String label) {
		return new Mark(start, end, Mark.Type.ANNOTATION, value, label);
	}

	@Test
	void dropsAnAnnotationThatCrossesOrHoldsACitationButKeepsOneInsideIt() {
		Mark citation = new Mark(10, 30, Mark.Type.CITATION, "7", "1");
		Mark inside = annotation(12, 18, "moscow", "Place: Moscow");
		Mark crossing = annotation(5, 12, "stalin", "Person: Joseph Stalin");
		Mark holding = annotation(40, 60, "x", "Work: X");
		Mark heldCitation = new Mark(45, 50, Mark.Type.CITATION, "8", "2");
		assertThat(PassageMarkup.nestAnnotations(List.of(citation, inside, crossing, holding, heldCitation)))
			.containsExactlyInAnyOrder(citation, inside, heldCitation);
	}

	@Test
	void keepsTheFirstAndLongestOfOverlappingAnnotations() {
		Mark event = annotation(4, 32, "hungarian-revolution", "Event: Hungarian Revolution of 1956");
		Mark year = annotation(28, 32, "1956", "Date: 1956");
		Mark later = annotation(40, 46, "poland", "Place: Poland");
		assertThat(PassageMarkup.nestAnnotations(List.of(year, later, event))).containsExactly(event, later);
	}

	@Test
	void groupsTheSegmentsOfAnAnnotationIntoOneRun() {
		String text = "Nikita Khrushchev spoke in 1956.";
		Mark person = annotation(0, 17, "nikita-khrushchev", "Person: Nikita Khrushchev");
		Mark hit = new Mark(7, 12, Mark.Type.HIGHLIGHT, null, null);
		Mark date = annotation(27, 31, "1956", "Date: 1956");
		PassageView view = new PassageView("p1", 1, text, 1, 1,
				PassageMarkup.segments(text, PassageMarkup.nestAnnotations(List.of(person, hit, date))), List.of());
		List<SegmentRun> runs = view.runs();
		assertThat(runs).extracting(SegmentRun::text).containsExactly("Nikita Khrushchev", " spoke in ", "1956", ".");
		assertThat(runs.get(0).segments()).hasSize(3);
		assertThat(runs.get(0).layer()).isEqualTo("person");
		assertThat(runs.get(0).href()).isEqualTo("/entities/nikita-khrushchev");
		assertThat(runs.get(2).layer()).isEqualTo("date");
		assertThat(runs.get(2).href()).isEqualTo("/timeline/1956");
		assertThat(runs.get(1).annotation()).isNull();
	}

}

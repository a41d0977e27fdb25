package org.thawcorpus.annotation;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.thawcorpus.system.BadRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LayerChoiceTest {

	@Test
	void showsPeopleAndPlacesWithoutTheParameter() {
		assertThat(LayerChoice.parse(null).shown()).containsExactly(Layer.PERSON, Layer.PLACE);
		assertThat(LayerChoice.parse(null).given()).isFalse();
		assertThat(LayerChoice.parse(List.of("all")).shown()).containsExactly(Layer.values());
	}

	@Test
	void readsCommaSeparatedAndRepeatedValues() {
		assertThat(LayerChoice.parse(List.of("person, Places")).shown()).containsExactly(Layer.PERSON, Layer.PLACE);
		assertThat(LayerChoice.parse(List.of("none", "date", "organization")).shown())
			.containsExactly(Layer.ORGANISATION, Layer.DATE);
		assertThat(LayerChoice.parse(List.of("person,place")).param()).isEqualTo("person,place");
	}

	@Test
	void showsNothingForNoneOrAnEmptyValue() {
		assertThat(LayerChoice.parse(List.of("none")).shown()).isEmpty();
		assertThat(LayerChoice.parse(List.of("")).shown()).isEmpty();
		assertThat(LayerChoice.parse(List.of("none")).param()).isEqualTo("none");
		assertThat(LayerChoice.parse(List.of("all")).param()).isEqualTo("all");
	}

	@Test
	void rejectsAnUnknownLayerNamingTheValidOnes() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> LayerChoice.parse(List.of("person,gods")))
			.withMessage("There is no annotation layer \"gods\"; the layers are person, place, organisation, work, "
					+ "event, date and publication (or all, or none).");
	}

}

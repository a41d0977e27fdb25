package org.thawcorpus.annotation;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.thawcorpus.system.BadRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LayerChoiceTest {

	@Test
	void showsEveryLayerWithoutTheParameter() {
		assertThat(LayerChoice.parse(null).shown()).containsExactly(Layer.values());
		assertThat(LayerChoice.parse(null).given()).isFalse();
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
					+ "event and date (or all, or none).");
	}

}

package org.thawcorpus.search;

import java.util.Collection;

import org.springframework.stereotype.Component;
import org.thawcorpus.annotation.AnnotationRegister;
import org.thawcorpus.document.Passage;

/**
 * The names a passage mentions, recognised in its text by the register's recogniser, the
 * same one that makes its annotations: each entity's canonical name and every variant
 * spelling, so that a search for Kruschev finds a passage that writes Khrushchev. No
 * query is run.
 */
@Component
class RecognizedNames {

	private final AnnotationRegister register;

	RecognizedNames(AnnotationRegister register) {
		this.register = register;
	}

	/**
	 * The names and variant spellings of what the passage mentions (Khrushchev, Kruschev,
	 * Hruščev), indexed in its names field so that a search for any spelling finds it.
	 */
	Collection<String> of(Passage passage) {
		return this.register.recognizer().searchTerms(passage.getText());
	}

}

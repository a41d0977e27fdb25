package org.thawcorpus.annotation;

import java.util.List;

import org.springframework.stereotype.Component;
import org.thawcorpus.annotation.parse.DateRecognizer;
import org.thawcorpus.annotation.parse.EntityRecognizer;
import org.thawcorpus.annotation.parse.Register;
import org.thawcorpus.annotation.parse.RegisterEntry;

/**
 * The register bundled with the application and its recogniser, held in memory: the
 * recogniser needs every spelling at hand, and the register is small (the
 * {@code entities} table is a copy kept for queries).
 */
@Component
public class AnnotationRegister {

	private final Register register;

	private final EntityRecognizer recognizer;

	AnnotationRegister() {
		this(Register.standard());
	}

	/** The register given, with a recogniser of its own. */
	public AnnotationRegister(Register register) {
		this.register = register;
		this.recognizer = new EntityRecognizer(register);
	}

	public Register register() {
		return this.register;
	}

	public EntityRecognizer recognizer() {
		return this.recognizer;
	}

	/**
	 * What the stored annotations depend on: the register's text and the versions of the
	 * recognisers' rules.
	 */
	public String fingerprint() {
		return this.register.fingerprint() + "/" + EntityRecognizer.RULES + "/" + DateRecognizer.RULES;
	}

	/**
	 * The entries one of whose spellings is the query, regardless of case, diacritics and
	 * typography: a search for "Kruschev" can look for Nikita Khrushchev's mentions.
	 */
	public List<RegisterEntry> entriesNamed(String query) {
		return this.register.named(query);
	}

}

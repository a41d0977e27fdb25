package org.thawcorpus.citation.export;

import java.util.ArrayList;
import java.util.List;

/**
 * What the writers say in a format's note: the place cited (a locator is never a field of
 * the work) and the reference's own note.
 */
final class Notes {

	private Notes() {
	}

	/** "Cited: p. 120." for a reference with a locator, else null. */
	static String locator(Reference reference) {
		return (reference.locator() != null) ? "Cited: " + sentence(reference.locator().words()) : null;
	}

	/** The locator's sentence and the note, one after the other; null if neither. */
	static String of(Reference reference) {
		List<String> parts = new ArrayList<>();
		if (reference.locator() != null) {
			parts.add(locator(reference));
		}
		if (reference.note() != null && !reference.note().isBlank()) {
			parts.add(sentence(reference.note().strip()));
		}
		return parts.isEmpty() ? null : String.join(" ", parts);
	}

	private static String sentence(String text) {
		return text.matches(".*[.!?)\u201D]$") ? text : text + ".";
	}

}

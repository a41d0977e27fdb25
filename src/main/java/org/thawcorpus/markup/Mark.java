package org.thawcorpus.markup;

/**
 * A marked range of a passage's text, for rendering.
 *
 * @param start offset of the first character
 * @param end offset just after the last character
 * @param type what the mark says
 * @param value the language tag, citation id, or other value of the mark
 * @param label a number or title shown with the mark, or null
 */
public record Mark(int start, int end, Type type, String value, String label) {

	/** What a mark says about its range. */
	public enum Type {

		/** The range is in another language ({@code value} is a BCP 47 tag). */
		LANG,
		/**
		 * The range is a citation ({@code value} its id, {@code label} its number in the
		 * document).
		 */
		CITATION,
		/** The range matched a search ({@code value} unused). */
		HIGHLIGHT,
		/**
		 * The range names an entity or gives a date ({@code value} the entity's id, or
		 * the date's ISO 8601 form; {@code label} the layer and what was recognised,
		 * "Person: Nikita Khrushchev", "Date: 1956-10/1956-11").
		 */
		ANNOTATION

	}

}

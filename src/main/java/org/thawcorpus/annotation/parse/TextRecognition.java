package org.thawcorpus.annotation.parse;

import java.util.List;

/**
 * What one text names and dates, read once: the annotations take its mentions and dates,
 * the search index its mentions with inner names and their dates. Dates are told apart
 * (history or publication) when first asked for.
 */
public final class TextRecognition {

	private final EntityRecognizer.Recognition entities;

	private final TextDates.Read dates;

	private final List<DateMention>[] told;

	@SuppressWarnings("unchecked")
	private TextRecognition(EntityRecognizer.Recognition entities, TextDates.Read dates) {
		this.entities = entities;
		this.dates = dates;
		this.told = new List[4];
	}

	/** Reads a text with a register's recogniser and the date rules. */
	public static TextRecognition of(EntityRecognizer recognizer, String text) {
		return new TextRecognition(recognizer.recognize(text), TextDates.read(text));
	}

	/** The mentions, as {@link EntityRecognizer#find} gives them. */
	public List<EntityMention> entities() {
		return this.entities.mentions();
	}

	/** The mentions, as {@link EntityRecognizer#findWithInnerNames} gives them. */
	public List<EntityMention> withInnerNames() {
		return this.entities.withInnerNames();
	}

	/**
	 * The dates, told apart against {@link #entities()}, as {@link TextDates#find} gives
	 * them.
	 */
	public List<DateMention> dates(boolean wholeIsCitation) {
		return told(0, entities(), wholeIsCitation);
	}

	/** The dates, told apart against {@link #withInnerNames()}. */
	public List<DateMention> datesWithInnerNames(boolean wholeIsCitation) {
		return told(2, withInnerNames(), wholeIsCitation);
	}

	private List<DateMention> told(int base, List<EntityMention> mentions, boolean wholeIsCitation) {
		int slot = base + (wholeIsCitation ? 1 : 0);
		if (this.told[slot] == null) {
			this.told[slot] = this.dates.find(mentions, wholeIsCitation);
		}
		return this.told[slot];
	}

}

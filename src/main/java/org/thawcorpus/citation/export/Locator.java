package org.thawcorpus.citation.export;

import java.util.Objects;

/**
 * The place within a work that a reference points to: a page of a book, a paragraph of a
 * page. A locator belongs to the citation, never to the work: no export writes it into a
 * field of the work (a book's pages), each writes it where its format carries one.
 *
 * @param label what the value counts
 * @param value the page or paragraph number ("120", "303-305", "5")
 * @param words where the place stands, in words a reader can copy ("section “Aftermath”,
 * paragraph 5", "p. 120")
 * @param anchor the anchor of the passage cited, which keys of the reference take; null
 * for a cited page
 */
public record Locator(Label label, String value, String words, String anchor) {

	public Locator {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(words, "words");
	}

	/** A page or a range of pages, as printed ("120", "303-305"). */
	public static Locator pages(String pages) {
		String value = pages.strip();
		boolean range = value.matches(".*\\d\\s*[-\u2010-\u2015]+\\s*\\d.*");
		return new Locator(Label.PAGE, value, (range ? "pp. " : "p. ") + value, null);
	}

	/**
	 * The place as notes print it: "para.&nbsp;5", or the words where the label has no
	 * short form.
	 */
	public String shortForm() {
		return (this.label.abbreviation() != null) ? this.label.abbreviation() + "\u00a0" + this.value : this.words;
	}

	/** A paragraph of a passage, numbered within its page or part. */
	public static Locator paragraph(String number, String words, String anchor) {
		return new Locator(Label.PARAGRAPH, number, words, anchor);
	}

	/** What a locator's value counts. */
	public enum Label {

		/** Pages of a printed work. */
		PAGE("page", "p."),

		/** Paragraphs of a text without pages. */
		PARAGRAPH("paragraph", "para."),

		/**
		 * Entries of a list, such as a works-cited list; no style has a term for them.
		 */
		ENTRY(null, null);

		private final String csl;

		private final String abbreviation;

		Label(String csl, String abbreviation) {
			this.csl = csl;
			this.abbreviation = abbreviation;
		}

		/** The CSL locator term: "page", "paragraph"; null for entries. */
		public String csl() {
			return this.csl;
		}

		/**
		 * The short form notes print before the value: "p.", "para."; null for entries.
		 */
		public String abbreviation() {
			return this.abbreviation;
		}

	}

}

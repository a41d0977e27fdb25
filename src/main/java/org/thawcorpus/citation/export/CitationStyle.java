package org.thawcorpus.citation.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The citation styles the pages offer, each a style of the citationstyles jar that
 * citeproc-java runs.
 */
public enum CitationStyle {

	/** Chicago notes and bibliography, 18th edition, access dates shown. */
	CHICAGO("chicago", "chicago-notes-bibliography-access-dates", "Chicago (notes and bibliography)", "Note",
			"Bibliography", false),

	/** Chicago author-date, 18th edition, access dates shown. */
	CHICAGO_AUTHOR_DATE("chicago-author-date", "chicago-author-date-access-dates", "Chicago (author-date)",
			"In-text citation", "Reference list", false),

	/** APA, 7th edition. */
	APA("apa", "apa", "APA", "In-text citation", "Reference list", true),

	/** MLA, 9th edition. */
	MLA("mla", "modern-language-association", "MLA", "In-text citation", "Works cited", true);

	private final String param;

	private final String file;

	private final String label;

	private final String citationLabel;

	private final String bibliographyLabel;

	private final boolean labelsLocators;

	CitationStyle(String param, String file, String label, String citationLabel, String bibliographyLabel,
			boolean labelsLocators) {
		this.param = param;
		this.file = file;
		this.label = label;
		this.citationLabel = citationLabel;
		this.bibliographyLabel = bibliographyLabel;
		this.labelsLocators = labelsLocators;
	}

	/** The style named by a {@code style} parameter ("chicago", "apa"), if any. */
	public static Optional<CitationStyle> parse(String value) {
		String v = value.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((s) -> s.param.equals(v)).findFirst();
	}

	/** The value of the {@code style} parameter. */
	public String param() {
		return this.param;
	}

	/** The style's file in the citationstyles jar, without ".csl". */
	String file() {
		return this.file;
	}

	/** "APA", "Chicago (notes and bibliography)". */
	public String label() {
		return this.label;
	}

	/** What the style calls a citation in the text: "Note", "In-text citation". */
	public String citationLabel() {
		return this.citationLabel;
	}

	/** What the style calls its list of works: "Bibliography", "Works cited". */
	public String bibliographyLabel() {
		return this.bibliographyLabel;
	}

	/**
	 * Whether citeproc-java prints this style's label before a paragraph number ("para.
	 * 5"); it prints none for Chicago's styles, so the formatter writes it.
	 */
	boolean labelsLocators() {
		return this.labelsLocators;
	}

}

package org.thawcorpus.document;

/** What form a document's source file has. */
public enum SourceFormat {

	/** A copy of a page's text, as a reader selects and copies it. */
	TEXT("Text copy", "line"),
	/** A page's HTML, as a browser's "Save page" or a web archive keeps it. */
	PAGE("Saved web page", "text block");

	private final String label;

	private final String unit;

	SourceFormat(String label, String unit) {
		this.label = label;
		this.unit = unit;
	}

	/** "Text copy", "Saved web page". */
	public String label() {
		return this.label;
	}

	/** What the source view calls one unit of the source: "line", "text block". */
	public String unit() {
		return this.unit;
	}

}

package org.thawcorpus.document;

/** What kind of page a source is a copy of, recognised from its content. */
public enum DocumentKind {

	ENCYCLOPEDIA_ARTICLE("Encyclopedia article", "Article"), BLOG_POST("Blog post", "BlogPosting"),
	BOOK_PAGE("Book page", "Book"), TEXT("Plain text", "CreativeWork");

	private final String label;

	private final String schemaType;

	DocumentKind(String label, String schemaType) {
		this.label = label;
		this.schemaType = schemaType;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The schema.org type describing what the page is about, for machine-readable
	 * metadata.
	 */
	public String schemaType() {
		return "https://schema.org/" + this.schemaType;
	}

}

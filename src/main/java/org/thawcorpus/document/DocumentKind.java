package org.thawcorpus.document;

/** What kind of page a source is a copy of, recognised from its content. */
public enum DocumentKind {

	ENCYCLOPEDIA_ARTICLE("Encyclopedia article"), BLOG_POST("Blog post"), BOOK_PAGE("Book page"), TEXT("Plain text");

	private final String label;

	DocumentKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

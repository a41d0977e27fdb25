package org.thawcorpus.citation.export;

/**
 * The kind of work a reference points to, as the export formats and reference managers
 * distinguish them.
 */
public enum ReferenceType {

	/** A book, authored or edited. */
	BOOK,

	/** A chapter or essay in an edited book (the book is the container). */
	CHAPTER,

	/**
	 * An article in a journal, magazine or newspaper (the periodical is the container).
	 */
	ARTICLE,

	/** An entry of an encyclopedia or wiki (the encyclopedia is the container). */
	ENCYCLOPEDIA_ENTRY,

	/** A post of a blog (the blog is the container). */
	BLOG_POST,

	/** A comment under a post (the blog is the container, the post is in the title). */
	COMMENT,

	/** A review of a book (the site is the container, the book is the reviewed work). */
	REVIEW,

	/** A web page (the site is the container). */
	WEBPAGE,

	/** Anything else: a report, a pamphlet, an archival document. */
	OTHER;

	/**
	 * Whether the type is a part within a whole, whose pages are the part's; a book's
	 * pages would be read as its number of pages.
	 */
	public boolean isPart() {
		return this == CHAPTER || this == ARTICLE || this == ENCYCLOPEDIA_ENTRY;
	}

	/**
	 * Zotero's item type for the kind, which pages name in their metadata
	 * ({@code DC.type}, COinS' {@code rft.type}) for the Zotero Connector.
	 */
	public String zoteroType() {
		return switch (this) {
			case BOOK -> "book";
			case CHAPTER -> "bookSection";
			case ARTICLE -> "journalArticle";
			case ENCYCLOPEDIA_ENTRY -> "encyclopediaArticle";
			case BLOG_POST -> "blogPost";
			case COMMENT -> "forumPost";
			case REVIEW, WEBPAGE -> "webpage";
			case OTHER -> "document";
		};
	}

	/** The schema.org type of the kind, for a page's JSON-LD. */
	public String schemaOrgType() {
		return switch (this) {
			case BOOK -> "Book";
			case CHAPTER -> "Chapter";
			case ARTICLE -> "ScholarlyArticle";
			case ENCYCLOPEDIA_ENTRY -> "Article";
			case BLOG_POST -> "BlogPosting";
			case COMMENT -> "Comment";
			case REVIEW -> "Review";
			case WEBPAGE -> "WebPage";
			case OTHER -> "CreativeWork";
		};
	}

}

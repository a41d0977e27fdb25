package org.thawcorpus.document;

import org.thawcorpus.source.DocumentKind;

/**
 * A document as the corpus listing and the API show it.
 *
 * @param slug the document's slug
 * @param title its title
 * @param kind its kind
 * @param sourceFile the file it was imported from
 * @param passageCount its own passages (not headings, reviews or comments)
 * @param citationCount its citations
 * @param reviewCount reviews present
 * @param commentCount comments present
 */
public record DocumentSummary(String slug, String title, DocumentKind kind, String sourceFile, int passageCount,
		int citationCount, int reviewCount, int commentCount) {

	public static DocumentSummary of(DocumentView d) {
		return new DocumentSummary(d.slug(), d.title(), d.kind(), d.sourceFile(), d.passageCount(), d.citationCount(),
				d.reviewCount(), d.commentCount());
	}

	public static DocumentSummary of(Document d) {
		return new DocumentSummary(d.getSlug(), d.getTitle(), d.getKind(), d.getSourceFile(), d.getPassageCount(),
				d.getCitationCount(), d.getReviewCount(), d.getCommentCount());
	}

}

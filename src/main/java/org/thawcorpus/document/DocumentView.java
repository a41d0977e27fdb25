package org.thawcorpus.document;

import java.time.Instant;

import org.thawcorpus.source.DocumentKind;

/**
 * A document as the pages show it, read off its entity.
 *
 * @param id its id
 * @param slug its slug
 * @param title its title
 * @param kind its kind
 * @param sourceFile the file it was imported from
 * @param format a text copy or a saved page
 * @param lineCount all lines of its source, blank ones included
 * @param linesPresent the non-blank lines
 * @param linesAccounted the non-blank lines that became something
 * @param furnitureCount the non-blank lines (a page's text blocks) that are page
 * furniture
 * @param passageCount its own passages (not reviews' or comments')
 * @param citationCount its citations
 * @param reviewCount reviews present
 * @param commentCount comments present
 * @param commentsClaimed the comments the page claims, or null
 * @param importedAt when it was imported
 * @param byline who wrote it, when and where, as its source states it; or null
 */
public record DocumentView(long id, String slug, String title, DocumentKind kind, String sourceFile,
		SourceFormat format, int lineCount, int linesPresent, int linesAccounted, int furnitureCount, int passageCount,
		int citationCount, int reviewCount, int commentCount, Integer commentsClaimed, Instant importedAt,
		Byline byline) {

	public static DocumentView of(Document d) {
		return new DocumentView(d.getId(), d.getSlug(), d.getTitle(), d.getKind(), d.getSourceFile(), d.getFormat(),
				d.getLineCount(), d.getLinesPresent(), d.getLinesAccounted(), d.getFurnitureCount(),
				d.getPassageCount(), d.getCitationCount(), d.getReviewCount(), d.getCommentCount(),
				d.getCommentsClaimed(), d.getImportedAt(), d.getByline());
	}

}

package org.thawcorpus.citation;

import java.util.List;
import java.util.Set;

import org.thawcorpus.bibliography.Isbn;

/**
 * A citation with its fields and where it stands, for pages and the API.
 *
 * @param id the citation's id
 * @param documentSlug the citing document
 * @param documentTitle its title
 * @param passageAnchor the anchor of the passage it stands in
 * @param number its number within the document
 * @param raw its text exactly as it stands
 * @param authors the authors, "Family, Given"
 * @param editors the editors
 * @param translators the translators
 * @param year the year
 * @param title the title
 * @param publisher the publisher
 * @param place the place of publication
 * @param pages the pages cited
 * @param isbn the ISBN as printed
 * @param isbn13 the ISBN-13 when the printed one is valid
 * @param isbnHyphenated the ISBN-13 hyphenated, when valid and its range is known
 * @param isbnValid whether the printed ISBN is valid; null when there is none
 * @param isbnProblem why it is invalid
 * @param bracketsMatch whether the citation's brackets pair up
 * @param uncertain fields the parser was unsure of
 * @param workKey the key shared by citations of the same work
 */
public record CitationInfo(long id, String documentSlug, String documentTitle, String passageAnchor, int number,
		String raw, List<String> authors, List<String> editors, List<String> translators, Integer year, String title,
		String publisher, String place, String pages, String isbn, String isbn13, String isbnHyphenated,
		Boolean isbnValid, String isbnProblem, boolean bracketsMatch, Set<String> uncertain, String workKey) {

	/** A view of a citation whose document and passage are loaded. */
	public static CitationInfo of(Citation c) {
		return new CitationInfo(c.getId(), c.getDocument().getSlug(), c.getDocument().getTitle(),
				c.getPassage().getAnchor(), c.getPosition() + 1, c.getRaw(), names(c, ContributorRole.AUTHOR),
				names(c, ContributorRole.EDITOR), names(c, ContributorRole.TRANSLATOR), c.getYear(), c.getTitle(),
				c.getPublisher(), c.getPlace(), c.getPages(), c.getIsbn(), c.getIsbn13(),
				(c.getIsbn13() != null) ? Isbn.check(c.getIsbn13()).hyphenated() : null, c.getIsbnValid(),
				c.getIsbnProblem(), c.isBracketsMatch(), c.getUncertain(), c.getWorkKey());
	}

	private static List<String> names(Citation citation, ContributorRole role) {
		return citation.contributors(role).stream().map(Contributor::getDisplay).toList();
	}

}

package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.thawcorpus.citation.Citation;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.Review;
import org.thawcorpus.document.Section;
import org.thawcorpus.source.DocumentKind;

/**
 * What the index holds for one passage or citation.
 *
 * @param text the text searched and shown
 * @param names names of what the text mentions, with their variants (may be empty)
 * @param part what the text is
 * @param documentKind the kind of its document
 * @param documentSlug its document's slug
 * @param documentTitle its document's title
 * @param documentId its document's id
 * @param section the facet value for its section, or null outside sections
 * @param stars the facet value for its review's rating, or null outside reviews
 * @param years the years it mentions
 * @param anchor the anchor of its passage
 * @param reviewPosition the position of its review, or null outside reviews
 * @param citationId the citation's id, or null for a passage
 * @param citationNumber the citation's number in its document, or null for a passage
 */
record IndexedHit(String text, Collection<String> names, Part part, DocumentKind documentKind, String documentSlug,
		String documentTitle, long documentId, String section, String stars, Collection<Integer> years, String anchor,
		Integer reviewPosition, Long citationId, Integer citationNumber) {

	/**
	 * The label of a passage's section: its title, or for an untitled one what it is (an
	 * article's lead).
	 */
	static String sectionLabel(Passage passage) {
		Section section = passage.getSection();
		if (section == null) {
			return null;
		}
		if (section.getTitle() != null) {
			return section.getTitle();
		}
		return passage.getDocument().getKind().leadLabel();
	}

	/**
	 * The facet value of a passage's review rating, or null if it is not a review
	 * paragraph.
	 */
	static String starsLabel(Passage passage) {
		Review review = passage.getReview();
		if (review == null) {
			return null;
		}
		return (review.getRating() != null) ? String.valueOf(review.getRating()) : Facet.UNRATED;
	}

	static IndexedHit of(Passage passage, Collection<String> names) {
		Document d = passage.getDocument();
		Review review = passage.getReview();
		return new IndexedHit(passage.getText(), names, Part.of(passage.getRole()), d.getKind(), d.getSlug(),
				d.getTitle(), d.getId(), sectionLabel(passage), starsLabel(passage),
				YearsMentioned.in(passage.getText()), passage.getAnchor(),
				(review != null) ? review.getPosition() : null, null, null);
	}

	static IndexedHit of(Citation citation, Collection<String> names) {
		Passage passage = citation.getPassage();
		Document d = passage.getDocument();
		Review review = passage.getReview();
		List<Integer> years = new ArrayList<>(YearsMentioned.in(citation.getRaw()));
		if (citation.getYear() != null && !years.contains(citation.getYear())) {
			years.add(citation.getYear());
		}
		return new IndexedHit(citation.getRaw(), names, Part.CITATION, d.getKind(), d.getSlug(), d.getTitle(),
				d.getId(), sectionLabel(passage), starsLabel(passage), years, passage.getAnchor(),
				(review != null) ? review.getPosition() : null, citation.getId(), citation.getPosition() + 1);
	}

}

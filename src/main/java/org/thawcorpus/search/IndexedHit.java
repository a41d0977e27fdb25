package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.thawcorpus.citation.Citation;
import org.thawcorpus.document.Comment;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageRole;
import org.thawcorpus.document.Review;
import org.thawcorpus.document.Section;
import org.thawcorpus.source.DocumentKind;

/**
 * What the index holds for one passage or citation.
 *
 * @param text the text searched and shown
 * @param names names of what the text mentions, with their variants (may be empty)
 * @param forms the mentions as written, each after its entry's id
 * @param places where the text mentions the entries ({@link NamePlaces}), or null
 * @param part what the text is
 * @param documentKind the kind of its document
 * @param documentSlug its document's slug
 * @param documentTitle its document's title
 * @param documentId its document's id
 * @param section the facet value for its section, or null outside sections
 * @param stars the facet value for its review's rating, or null outside reviews
 * @param mentioned the years and periods of history it mentions
 * @param anchor the anchor of its passage
 * @param reviewPosition the position of its review, or null outside reviews
 * @param citationId the citation's id, or null for a passage
 * @param citationNumber the citation's number in its document, or null for a passage
 * @param reviewer the reviewer, or null outside reviews
 * @param commenter the comment's author, or null outside comments or if not given
 * @param commentNumber the comment's number, or null
 * @param position the position of its passage in the document
 * @param line the first line of its passage in the source
 * @param written the year its review, comment or document was written, or null
 */
record IndexedHit(String text, Collection<String> names, Collection<String> forms, String places, Part part,
		DocumentKind documentKind, String documentSlug, String documentTitle, long documentId, String section,
		String stars, Collection<String> mentioned, String anchor, Integer reviewPosition, Long citationId,
		Integer citationNumber, String reviewer, String commenter, Integer commentNumber, int position, int line,
		String written) {

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

	/** The year a passage was written: its review's, its comment's or its document's. */
	static String written(Passage passage) {
		Review review = passage.getReview();
		if (review != null) {
			return (review.getDate() != null) ? String.valueOf(review.getDate().getYear()) : null;
		}
		Comment comment = passage.getComment();
		if (comment != null) {
			return (comment.getDate() != null) ? String.valueOf(comment.getDate().getYear()) : null;
		}
		Document d = passage.getDocument();
		return (d.getByline() != null && d.getByline().published() != null)
				? String.valueOf(d.getByline().published().getYear()) : null;
	}

	static IndexedHit of(Passage passage, RecognizedNames.Recognized recognized) {
		Document d = passage.getDocument();
		Review review = passage.getReview();
		Comment comment = passage.getComment();
		return new IndexedHit(passage.getText(), recognized.names(), recognized.forms(), recognized.places(),
				Part.of(passage.getRole()), d.getKind(), d.getSlug(), d.getTitle(), d.getId(), sectionLabel(passage),
				starsLabel(passage), recognized.mentioned(), passage.getAnchor(),
				(review != null) ? review.getPosition() : null, null, null,
				(review != null) ? review.getReviewer() : null, (comment != null) ? comment.getAuthor() : null,
				(comment != null) ? comment.getNumber() : null, passage.getPosition(), passage.getFirstLine(),
				written(passage));
	}

	static IndexedHit of(Citation citation, Collection<String> names, RecognizedNames.Recognized recognized) {
		Passage passage = citation.getPassage();
		Document d = passage.getDocument();
		Review review = passage.getReview();
		Comment comment = passage.getComment();
		List<String> all = new ArrayList<>(names);
		all.addAll(recognized.names());
		return new IndexedHit(citation.getRaw(), all, recognized.forms(), recognized.places(), Part.CITATION,
				d.getKind(), d.getSlug(), d.getTitle(), d.getId(), sectionLabel(passage), starsLabel(passage),
				List.of(), passage.getAnchor(), (review != null) ? review.getPosition() : null, citation.getId(),
				citation.getPosition() + 1, (review != null) ? review.getReviewer() : null,
				(comment != null) ? comment.getAuthor() : null, (comment != null) ? comment.getNumber() : null,
				passage.getPosition(), passage.getFirstLine(), written(passage));
	}

	/** Whether a passage is itself a citation, an entry of a works-cited list. */
	static boolean isCitation(Passage passage) {
		return passage.getRole() == PassageRole.WORKS_CITED;
	}

}

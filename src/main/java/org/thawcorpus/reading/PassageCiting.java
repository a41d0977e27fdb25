package org.thawcorpus.reading;

import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.bibliography.PersonName;
import org.thawcorpus.citation.export.ChicagoFormatter;
import org.thawcorpus.citation.export.Reference;
import org.thawcorpus.citation.export.ReferenceType;
import org.thawcorpus.document.Comment;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.DocumentView;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageLinks;
import org.thawcorpus.document.PassageRepository;
import org.thawcorpus.document.Review;
import org.thawcorpus.system.NotFoundException;

/**
 * Makes the reference for a passage, review paragraph or comment paragraph of the corpus.
 */
@Service
public class PassageCiting {

	static final String SITE = "Thaw Corpus";

	private final DocumentRepository documents;

	private final PassageRepository passages;

	private final ObjectProvider<ChicagoFormatter> chicago;

	private final PassageLinks links;

	PassageCiting(DocumentRepository documents, PassageRepository passages, ObjectProvider<ChicagoFormatter> chicago,
			PassageLinks links) {
		this.documents = documents;
		this.passages = passages;
		this.chicago = chicago;
		this.links = links;
	}

	/**
	 * How to cite the passage with that anchor.
	 * @param permalink the passage's absolute, lasting address
	 * @throws NotFoundException if there is no such document or passage
	 */
	@Transactional(readOnly = true)
	public PassageCite cite(String slug, String anchor, String permalink) {
		Document document = this.documents.getBySlug(slug);
		Passage passage = this.passages.findByDocumentIdAndAnchor(document.getId(), anchor)
			.orElseThrow(() -> new NotFoundException(
					"\"" + document.getTitle() + "\" has no passage with the anchor \"" + anchor + "\"."));
		String location = location(passage);
		Reference.Builder builder = Reference.builder(ReferenceType.WEBPAGE)
			.containerTitle(SITE)
			.url(permalink)
			.accessed(LocalDate.now())
			.note(location + "; copy " + document.getSourceFile())
			.part(part(passage));
		switch (passage.getRole()) {
			case REVIEW -> {
				Review review = passage.getReview();
				builder.authors(List.of(new PersonName(null, null, review.getReviewer())))
					.title("Review of " + document.getTitle())
					.year((review.getDate() != null) ? review.getDate().getYear() : null);
			}
			case COMMENT -> {
				Comment comment = passage.getComment();
				if (comment.getAuthor() != null) {
					builder.authors(List.of(new PersonName(null, null, comment.getAuthor())));
				}
				builder.title("Comment on " + document.getTitle())
					.year((comment.getDate() != null) ? comment.getDate().getYear() : null);
			}
			default -> builder.title(document.getTitle());
		}
		Reference reference = builder.build();
		return new PassageCite(DocumentView.of(document), anchor, passage.getText(), permalink,
				this.links.of(passage, null), location, reference, this.chicago.getObject().format(reference));
	}

	/** Where a passage stands, in words a reader can copy. */
	static String location(Passage passage) {
		String paragraph = paragraphNumber(passage.getAnchor());
		return switch (passage.getRole()) {
			case BODY -> (passage.getSection().getTitle() != null)
					? "section \u201C" + passage.getSection().getTitle() + "\u201D, paragraph " + paragraph
					: "paragraph " + paragraph;
			case WORKS_CITED -> "works cited, entry " + paragraph;
			case REVIEW -> "review by " + passage.getReview().getReviewer() + ", paragraph " + paragraph;
			case COMMENT -> "comment "
					+ ((passage.getComment().getNumber() != null) ? passage.getComment().getNumber() + " " : "")
					+ ((passage.getComment().getAuthor() != null) ? "by " + passage.getComment().getAuthor() + " " : "")
					+ "(" + passage.getComment().getAnchor() + "), paragraph " + paragraph;
		};
	}

	/**
	 * The part of the page a passage is, as a Chicago reference describes it after the
	 * title (the reviewer or commenter is the reference's author, so is not repeated).
	 */
	static String part(Passage passage) {
		String paragraph = "paragraph " + paragraphNumber(passage.getAnchor());
		return switch (passage.getRole()) {
			case BODY -> (passage.getSection().getTitle() != null)
					? "section \u201C" + passage.getSection().getTitle() + ",\u201D " + paragraph : paragraph;
			case WORKS_CITED -> "works cited, entry " + paragraphNumber(passage.getAnchor());
			case REVIEW -> paragraph;
			case COMMENT ->
				"comment " + ((passage.getComment().getNumber() != null) ? passage.getComment().getNumber() + ", " : "")
						+ paragraph;
		};
	}

	/** The paragraph number an anchor ends with: 5 for "p5", 2 for "r3-2". */
	static String paragraphNumber(String anchor) {
		return anchor.replaceFirst("^.*?(\\d+)$", "$1");
	}

}

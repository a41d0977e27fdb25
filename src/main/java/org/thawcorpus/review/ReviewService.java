package org.thawcorpus.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.book.BookDetailsRepository;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.DocumentView;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageRepository;
import org.thawcorpus.document.Review;
import org.thawcorpus.document.ReviewRepository;
import org.thawcorpus.markup.PassageAssembler;
import org.thawcorpus.markup.PassageMarks;
import org.thawcorpus.markup.PassageView;
import org.thawcorpus.system.NotFoundException;

/** Reads a book page's reviews: filtered by stars, sorted, a page at a time. */
@Service
public class ReviewService {

	private final DocumentRepository documents;

	private final BookDetailsRepository books;

	private final ReviewRepository reviews;

	private final PassageRepository passages;

	private final PassageAssembler assembler;

	ReviewService(DocumentRepository documents, BookDetailsRepository books, ReviewRepository reviews,
			PassageRepository passages, PassageAssembler assembler) {
		this.documents = documents;
		this.books = books;
		this.reviews = reviews;
		this.passages = passages;
		this.assembler = assembler;
	}

	/**
	 * The book page with that slug.
	 * @throws NotFoundException if there is no such document, or it is no book page
	 */
	@Transactional(readOnly = true)
	public DocumentView bookPage(String slug) {
		Document document = this.documents.getBySlug(slug);
		if (!this.books.existsById(document.getId())) {
			String kind = document.getKind().label().toLowerCase(Locale.ROOT);
			throw new NotFoundException(
					"\"" + document.getTitle() + "\" is " + ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind
							+ ", not a book page; it has no reviews.");
		}
		return DocumentView.of(document);
	}

	/** One page (0-based) of a document's reviews with their paragraphs. */
	@Transactional(readOnly = true)
	public Page<ReviewView> page(long documentId, ReviewFilter filter, ReviewSort sort, int page, int size) {
		return page(documentId, filter, sort, page, size, PassageMarks.NONE);
	}

	/**
	 * One page (0-based) of a document's reviews with their paragraphs and further marks
	 * (annotations).
	 */
	@Transactional(readOnly = true)
	public Page<ReviewView> page(long documentId, ReviewFilter filter, ReviewSort sort, int page, int size,
			PassageMarks extra) {
		PageRequest request = PageRequest.of(page, size, sort.sort());
		Page<Review> found;
		if (filter.isAll()) {
			found = this.reviews.findByDocumentId(documentId, request);
		}
		else if (filter.unrated()) {
			found = this.reviews.findByDocumentIdAndRatingIsNull(documentId, request);
		}
		else {
			found = this.reviews.findByDocumentIdAndRating(documentId, filter.stars(), request);
		}
		List<Long> ids = found.getContent().stream().map(Review::getId).toList();
		List<Passage> paragraphs = ids.isEmpty() ? List.of() : this.passages.findByReviewIdInOrderByPosition(ids);
		Map<Long, List<PassageView>> byReview = this.assembler.byOwner(documentId, paragraphs,
				(p) -> p.getReview().getId(), extra);
		return found.map((r) -> ReviewView.of(r, byReview.getOrDefault(r.getId(), List.of())));
	}

	/**
	 * How many of the reviews present have each rating: keys "5" to "1" and "unrated",
	 * every key present.
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> countsPresent(long documentId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (int stars = 5; stars >= 1; stars--) {
			counts.put(String.valueOf(stars), 0L);
		}
		counts.put(ReviewFilter.UNRATED, 0L);
		for (Object[] row : this.reviews.countByRating(documentId)) {
			String key = (row[0] != null) ? String.valueOf(row[0]) : ReviewFilter.UNRATED;
			counts.put(key, (Long) row[1]);
		}
		return counts;
	}

}

package org.thawcorpus.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.citation.CitationRepository;
import org.thawcorpus.citation.Citations;
import org.thawcorpus.document.Mark;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageMarks;
import org.thawcorpus.document.PassageRepository;
import org.thawcorpus.document.PassageViews;

/** Reads a book page's reviews: filtered by stars, sorted, a page at a time. */
@Service
public class ReviewService {

	private final ReviewRepository reviews;

	private final PassageRepository passages;

	private final CitationRepository citations;

	ReviewService(ReviewRepository reviews, PassageRepository passages, CitationRepository citations) {
		this.reviews = reviews;
		this.passages = passages;
		this.citations = citations;
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
		var citationsByPassage = Citations.byPassage(paragraphs.isEmpty() ? List.of()
				: this.citations.findByPassageIdInOrderByPosition(paragraphs.stream().map(Passage::getId).toList()));
		Map<Long, List<Mark>> marks = paragraphs.isEmpty() ? Map.of()
				: extra.find(documentId, paragraphs.stream().map(Passage::getId).toList());
		Map<Long, List<Passage>> byReview = paragraphs.stream()
			.collect(Collectors.groupingBy((p) -> p.getReview().getId()));
		return found.map((r) -> new ReviewView(r,
				PassageViews.of(byReview.getOrDefault(r.getId(), List.of()), citationsByPassage, marks)));
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

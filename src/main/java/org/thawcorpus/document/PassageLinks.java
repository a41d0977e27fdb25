package org.thawcorpus.document;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.system.NotFoundException;
import org.thawcorpus.system.Urls;

/**
 * Where each passage is read, and the one place that makes links to passages: the page of
 * the document's reading view that holds it, or, for a review beyond those the reading
 * view shows, the page of the review list that holds it; with the query's matches
 * highlighted.
 */
@Component
public class PassageLinks {

	private final ReadingPages pages;

	private final DocumentRepository documents;

	private final PassageRepository passages;

	private final CommentRepository comments;

	private final ReviewRepository reviews;

	private final SectionRepository sections;

	PassageLinks(ReadingPages pages, DocumentRepository documents, PassageRepository passages,
			CommentRepository comments, ReviewRepository reviews, SectionRepository sections) {
		this.pages = pages;
		this.documents = documents;
		this.passages = passages;
		this.comments = comments;
		this.reviews = reviews;
		this.sections = sections;
	}

	/**
	 * The address of a page of a document's reading view; the first page has no page
	 * parameter.
	 * @param slug the document's slug
	 * @param page the 1-based page
	 * @param params further parameters, in order, null values skipped
	 * @param fragment the fragment, or null
	 */
	public static String page(String slug, int page, Map<String, ?> params, String fragment) {
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("page", (page > 1) ? page : null);
		all.putAll(params);
		return Urls.of("/documents/" + Urls.segment(slug), all, fragment);
	}

	/** The address of a document's reading view with the query's matches highlighted. */
	public static String document(String slug, String query) {
		return page(slug, 1, queryParam(query), null);
	}

	/** The address of a passage whose document is at hand. */
	@Transactional(readOnly = true)
	public String of(Passage passage, String query) {
		Review review = passage.getReview();
		Document document = passage.getDocument();
		return of(document.getId(), document.getSlug(), passage.getAnchor(), passage.getPosition(),
				(review != null) ? review.getPosition() : null, query);
	}

	/**
	 * The address of a passage.
	 * @param documentId its document's id
	 * @param slug its document's slug
	 * @param anchor the passage's anchor
	 * @param position its position in its document
	 * @param reviewPosition the position of its review, or null if it is no review's
	 * @param query the query to highlight, or null
	 */
	@Transactional(readOnly = true)
	public String of(long documentId, String slug, String anchor, int position, Integer reviewPosition, String query) {
		return passage(this.pages.of(documentId), slug, anchor, position, reviewPosition, queryParam(query));
	}

	/**
	 * The addresses of passages known by their document's slug and their anchor, looked
	 * up together.
	 * @param places the passages, as slug and anchor
	 * @param query the query to highlight, or null
	 * @return the address of each passage found
	 */
	@Transactional(readOnly = true)
	public Map<Place, String> of(Collection<Place> places, String query) {
		Map<Place, String> found = new HashMap<>();
		if (places.isEmpty()) {
			return found;
		}
		Map<Long, String> slugs = new HashMap<>();
		this.documents.idsBySlug(places.stream().map(Place::slug).collect(Collectors.toSet()))
			.forEach((slug, id) -> slugs.put(id, slug));
		if (slugs.isEmpty()) {
			return found;
		}
		Set<String> anchors = places.stream().map(Place::anchor).collect(Collectors.toSet());
		for (Object[] row : this.passages.findPlaces(slugs.keySet(), anchors)) {
			Place place = new Place(slugs.get((Long) row[0]), (String) row[1]);
			if (places.contains(place)) {
				found.put(place,
						of((Long) row[0], place.slug(), place.anchor(), (Integer) row[2], (Integer) row[3], query));
			}
		}
		return found;
	}

	/**
	 * The pages of the reading view that hold some anchors of a document: passages shown
	 * on the reading view, and comments (the page where each begins).
	 * @return the page of each anchor found there
	 */
	@Transactional(readOnly = true)
	public Map<String, Integer> pagesOf(long documentId, Collection<String> anchors) {
		Map<String, Integer> found = new HashMap<>();
		if (anchors.isEmpty()) {
			return found;
		}
		ReadingLayout layout = this.pages.of(documentId);
		for (Object[] row : this.passages.findPlaces(documentId, anchors)) {
			if (ReviewPlacement.listPage((Integer) row[2]) == null) {
				found.put((String) row[0], layout.pageOfPassage((Integer) row[1]));
			}
		}
		for (Object[] row : this.comments.findPlaces(documentId, anchors)) {
			found.put((String) row[0], layout.pageOfComment((Integer) row[1]));
		}
		return found;
	}

	/**
	 * The addresses of some anchors of one document: of passages, review paragraphs and
	 * comment paragraphs, of reviews and of comments, looked up together.
	 * @return the address of each anchor found
	 */
	@Transactional(readOnly = true)
	public Map<String, String> inDocument(long documentId, String slug, Collection<String> anchors) {
		return addresses(documentId, slug, anchors, Map.of());
	}

	/**
	 * Where an anchor of a document is read: a passage, review paragraph or comment
	 * paragraph ("p12", "r4-2", "c2-1"), a review or comment ("r4", "c2"), or a section's
	 * heading ("s12").
	 * @param slug the document's slug
	 * @param anchor the anchor
	 * @param params further parameters of the reading view, in order
	 * @throws NotFoundException if there is no such document or anchor
	 */
	@Transactional(readOnly = true)
	public String resolve(String slug, String anchor, Map<String, ?> params) {
		Document document = this.documents.getBySlug(slug);
		long id = document.getId();
		// No anchor holds a NUL, and PostgreSQL refuses one in a query's text.
		String found = (anchor.indexOf('\0') < 0) ? addresses(id, slug, Set.of(anchor), params).get(anchor) : null;
		if (found != null) {
			return found;
		}
		ReadingLayout layout = this.pages.of(id);
		return headingLine(anchor).flatMap((line) -> this.sections.findFirstByDocumentIdAndHeadingLine(id, line))
			.map((s) -> page(slug, layout.pageOfSection(s.getPosition()), params, anchor))
			.orElseThrow(() -> new NotFoundException("\"" + document.getTitle()
					+ "\" has no passage, comment, review or section with the anchor \"" + abbreviate(anchor) + "\"."));
	}

	private Map<String, String> addresses(long documentId, String slug, Collection<String> anchors,
			Map<String, ?> params) {
		Map<String, String> found = new HashMap<>();
		if (anchors.isEmpty()) {
			return found;
		}
		ReadingLayout layout = this.pages.of(documentId);
		for (Object[] row : this.passages.findPlaces(documentId, anchors)) {
			String anchor = (String) row[0];
			found.put(anchor, passage(layout, slug, anchor, (Integer) row[1], (Integer) row[2], params));
		}
		for (Object[] row : this.comments.findPlaces(documentId, anchors)) {
			found.put((String) row[0], page(slug, layout.pageOfComment((Integer) row[1]), params, (String) row[0]));
		}
		for (Object[] row : this.reviews.findPlaces(documentId, anchors)) {
			found.put((String) row[0], review(slug, (String) row[0], (Integer) row[1], layout, params));
		}
		return found;
	}

	/**
	 * The address of a passage; a review's beyond the reading view's is on the review
	 * list.
	 */
	private static String passage(ReadingLayout layout, String slug, String anchor, int position,
			Integer reviewPosition, Map<String, ?> params) {
		if (reviewPosition != null) {
			return review(slug, anchor, reviewPosition, layout, params);
		}
		return page(slug, layout.pageOfPassage(position), params, anchor);
	}

	/**
	 * The address of a review or its paragraph: on the reading view or the review list.
	 */
	private static String review(String slug, String anchor, int reviewPosition, ReadingLayout layout,
			Map<String, ?> params) {
		Integer listPage = ReviewPlacement.listPage(reviewPosition);
		if (listPage == null) {
			return page(slug, layout.reviewsPage(), params, anchor);
		}
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("page", (listPage > 1) ? listPage : null);
		all.putAll(params);
		return Urls.of("/documents/" + Urls.segment(slug) + "/reviews", all, anchor);
	}

	private static Optional<Integer> headingLine(String anchor) {
		if (anchor.matches("s[1-9][0-9]{0,8}")) {
			return Optional.of(Integer.valueOf(anchor.substring(1)));
		}
		return Optional.empty();
	}

	private static Map<String, Object> queryParam(String query) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("q", (query != null && !query.isBlank()) ? query : null);
		return params;
	}

	private static String abbreviate(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

	/**
	 * A passage known by its document's slug and its anchor.
	 *
	 * @param slug the document's slug
	 * @param anchor the passage's anchor
	 */
	public record Place(String slug, String anchor) {

	}

}

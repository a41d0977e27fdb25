package org.thawcorpus.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thawcorpus.review.BookDetails;
import org.thawcorpus.review.RatingHistogram;
import org.thawcorpus.system.ApiPaging;

/** The documents of the corpus as JSON for programs. */
@RestController
class DocumentApiController {

	private final DocumentRepository documents;

	private final DocumentReader reader;

	DocumentApiController(DocumentRepository documents, DocumentReader reader) {
		this.documents = documents;
		this.reader = reader;
	}

	@GetMapping("/api/documents")
	ResponseEntity<List<DocumentSummary>> list(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPaging.DEFAULT_SIZE) int size) {
		return ApiPaging
			.response(this.documents.findAllByOrderByTitleAsc(ApiPaging.request(page, size)).map(DocumentSummary::of));
	}

	@GetMapping("/api/documents/{slug}")
	DocumentDetail show(@PathVariable String slug) {
		Reading reading = this.reader.read(slug);
		Document d = reading.document();
		return new DocumentDetail(DocumentSummary.of(d),
				reading.sections()
					.stream()
					.map((s) -> new SectionJson(s.title(), s.role(),
							s.passages()
								.stream()
								.map((p) -> new PassageJson(p.anchor(), p.text(), p.firstLine(), p.lastLine()))
								.toList()))
					.toList(),
				reading.comments()
					.stream()
					.map((c) -> new CommentJson(c.comment().getAnchor(), c.comment().getNumber(),
							c.comment().getAuthor(), c.comment().getDate(), c.text(), c.comment().getReplyTo(),
							c.comment().isPingback()))
					.toList(),
				d.getCommentsClaimed(),
				reading.notes().stream().map((n) -> new NoteJson(n.getLine(), n.getKind(), n.getMessage())).toList(),
				(reading.book() != null) ? BookJson.of(reading.book()) : null);
	}

	record DocumentDetail(@JsonUnwrapped DocumentSummary summary, List<SectionJson> sections,
			List<CommentJson> comments, Integer commentsClaimed, List<NoteJson> notes, BookJson book) {

	}

	record SectionJson(String title, SectionRole role, List<PassageJson> passages) {

	}

	record PassageJson(String anchor, String text, int firstLine, int lastLine) {

	}

	record CommentJson(String anchor, Integer number, String author, LocalDate date, String text, String replyTo,
			boolean pingback) {

	}

	record NoteJson(Integer line, NoteKind kind, String message) {

	}

	record BookJson(String author, Integer authorBooks, Integer authorFollowers, Integer pages, String format,
			LocalDate firstPublished, String firstPublishedText, Integer currentlyReading, Integer wantToRead,
			Map<String, Integer> histogram, Integer ratingsCount, BigDecimal averageRating, Integer reviewsClaimed,
			BigDecimal printedAverage, Integer printedRatings, Integer printedReviews, List<String> genres, String isbn,
			String asin, String language, String publisher, String series) {

		static BookJson of(BookDetails b) {
			RatingHistogram histogram = b.getHistogram();
			Map<String, Integer> bars = null;
			if (histogram.isPresent()) {
				bars = new LinkedHashMap<>();
				for (int stars = 5; stars >= 1; stars--) {
					bars.put(String.valueOf(stars), histogram.count(stars));
				}
			}
			return new BookJson(b.getAuthor(), b.getAuthorBooks(), b.getAuthorFollowers(), b.getPages(), b.getFormat(),
					b.getFirstPublished(), b.getFirstPublishedText(), b.getCurrentlyReading(), b.getWantToRead(), bars,
					histogram.isPresent() ? histogram.total() : null, histogram.average(), b.getReviewsClaimed(),
					b.getPrintedAverage(), b.getPrintedRatings(), b.getPrintedReviews(), b.getGenres(), b.getIsbn(),
					b.getAsin(), b.getLanguage(), b.getPublisher(), b.getSeries());
		}

	}

}

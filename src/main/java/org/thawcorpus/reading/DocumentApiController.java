package org.thawcorpus.reading;

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
import org.thawcorpus.book.BookView;
import org.thawcorpus.book.RatingHistogram;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.DocumentSummary;
import org.thawcorpus.document.DocumentView;
import org.thawcorpus.markup.PassageMarks;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.system.ApiPaging;
import org.thawcorpus.system.Pages;

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
			.response(Pages.within(this.documents.findAllByOrderByTitleSortAscIdAsc(ApiPaging.request(page, size))
				.map(DocumentSummary::of), "source", "sources"));
	}

	/**
	 * A document a page at a time, the pages of its reading view: their sections with the
	 * passages each page holds, and their comments with the paragraphs each holds (the
	 * notes and the book's details on the first page).
	 */
	@GetMapping("/api/documents/{slug}")
	ResponseEntity<DocumentDetail> show(@PathVariable String slug, @RequestParam(required = false) String page) {
		Reading reading = this.reader.read(slug, PageParameter.parse(page), PassageMarks.NONE);
		DocumentView d = reading.document();
		ReadingPage at = reading.page();
		DocumentDetail detail = new DocumentDetail(DocumentSummary.of(d), at.number(), at.pages(),
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
					.map((c) -> new CommentJson(c.anchor(), c.number(), c.author(), c.date(), c.text(), c.replyTo(),
							c.pingback(), c.continued()))
					.toList(),
				d.commentsClaimed(), reading.notes(),
				(reading.book() != null && at.first()) ? BookJson.of(reading.book()) : null);
		return ResponseEntity.ok()
			.headers(ApiPaging.headers(at.number(), at.pages(), at.layout().passageCount()))
			.body(detail);
	}

	record DocumentDetail(@JsonUnwrapped DocumentSummary summary, int page, int pages, List<SectionJson> sections,
			List<CommentJson> comments, Integer commentsClaimed, List<NoteView> notes, BookJson book) {

	}

	record SectionJson(String title, SectionRole role, List<PassageJson> passages) {

	}

	record PassageJson(String anchor, String text, int firstLine, int lastLine) {

	}

	record CommentJson(String anchor, Integer number, String author, LocalDate date, String text, String replyTo,
			boolean pingback, boolean continued) {

	}

	record BookJson(String author, Integer authorBooks, Integer authorFollowers, Integer pages, String format,
			LocalDate firstPublished, String firstPublishedText, Integer currentlyReading, Integer wantToRead,
			Map<String, Integer> histogram, Integer ratingsCount, BigDecimal averageRating, Integer reviewsClaimed,
			BigDecimal printedAverage, Integer printedRatings, Integer printedReviews, List<String> genres, String isbn,
			String asin, String language, String publisher, String series) {

		static BookJson of(BookView b) {
			RatingHistogram histogram = b.histogram();
			Map<String, Integer> bars = null;
			if (histogram.isPresent()) {
				bars = new LinkedHashMap<>();
				for (int stars = 5; stars >= 1; stars--) {
					bars.put(String.valueOf(stars), histogram.count(stars));
				}
			}
			return new BookJson(b.author(), b.authorBooks(), b.authorFollowers(), b.pages(), b.format(),
					b.firstPublished(), b.firstPublishedText(), b.currentlyReading(), b.wantToRead(), bars,
					histogram.isPresent() ? histogram.total() : null, histogram.average(), b.reviewsClaimed(),
					b.printedAverage(), b.printedRatings(), b.printedReviews(), b.genres(), b.isbn(), b.asin(),
					b.language(), b.publisher(), b.series());
		}

	}

}

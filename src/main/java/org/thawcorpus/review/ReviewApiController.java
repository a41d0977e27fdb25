package org.thawcorpus.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thawcorpus.document.DocumentView;
import org.thawcorpus.markup.PassageView;
import org.thawcorpus.system.BadRequestException;
import org.thawcorpus.system.Pages;

/** A book page's reviews as JSON for programs. */
@RestController
class ReviewApiController {

	static final int MAX_SIZE = 500;

	private final ReviewService reviews;

	ReviewApiController(ReviewService reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/api/documents/{slug}/reviews")
	ReviewsJson reviews(@PathVariable String slug, @RequestParam(required = false) String stars,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "100") int size) {
		DocumentView document = this.reviews.bookPage(slug);
		if (size < 1 || size > MAX_SIZE) {
			throw new BadRequestException("The page size must be from 1 to " + MAX_SIZE + "; " + size + " is not.");
		}
		ReviewFilter filter = ReviewFilter.parse(stars);
		Page<ReviewView> found = Pages.within(
				this.reviews.page(document.id(), filter, ReviewSort.parse(sort), Pages.index(page), size), filter.one(),
				filter.many());
		return new ReviewsJson(this.reviews.countsPresent(document.id()), found.getTotalElements(), page,
				found.getTotalPages(), found.getContent().stream().map(ReviewJson::of).toList());
	}

	record ReviewsJson(Map<String, Long> counts, long total, int page, int totalPages, List<ReviewJson> reviews) {

	}

	record ReviewJson(String anchor, String reviewer, boolean reviewerIsAuthor, Integer reviewerBooks,
			Integer reviewerReviews, Integer reviewerFollowers, LocalDate date, Integer rating, String shelf,
			boolean spoiler, List<String> paragraphs, Integer likes, Integer comments) {

		static ReviewJson of(ReviewView view) {
			return new ReviewJson(view.anchor(), view.reviewer(), view.reviewerIsAuthor(), view.reviewerBooks(),
					view.reviewerReviews(), view.reviewerFollowers(), view.date(), view.rating(), view.shelf(),
					view.spoiler(), view.paragraphs().stream().map(PassageView::text).toList(), view.likes(),
					view.commentCount());
		}

	}

}

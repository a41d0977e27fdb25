package org.thawcorpus.review;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.thawcorpus.annotation.AnnotationMarks;
import org.thawcorpus.annotation.LayerMemory;
import org.thawcorpus.book.BookDetailsRepository;
import org.thawcorpus.book.BookView;
import org.thawcorpus.document.DocumentView;
import org.thawcorpus.document.ReviewPlacement;
import org.thawcorpus.markup.PassageHtml;
import org.thawcorpus.markup.PassageMarks;
import org.thawcorpus.search.CorpusSearch;
import org.thawcorpus.system.Pages;

/** A book page's review panel: the histogram as filter links, and the reviews present. */
@Controller
class ReviewController {

	static final int PAGE_SIZE = ReviewPlacement.PER_PAGE;

	private final ReviewService reviews;

	private final BookDetailsRepository books;

	private final AnnotationMarks annotations;

	private final CorpusSearch search;

	ReviewController(ReviewService reviews, BookDetailsRepository books, AnnotationMarks annotations,
			CorpusSearch search) {
		this.reviews = reviews;
		this.books = books;
		this.annotations = annotations;
		this.search = search;
	}

	/** The review list; with {@code q}, the query's matches highlighted. */
	@GetMapping("/documents/{slug}/reviews")
	String reviews(@PathVariable String slug, @RequestParam(required = false) String stars,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) List<String> layers, @RequestParam(required = false) String q, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		PassageMarks marks = this.search.matchesIn(slug, q)
			.plus(this.annotations.marks(LayerMemory.choose(layers, request, response)));
		DocumentView document = this.reviews.bookPage(slug);
		ReviewFilter filter = ReviewFilter.parse(stars);
		ReviewSort order = ReviewSort.parse(sort);
		model.addAttribute("document", document);
		model.addAttribute("passageHtml",
				new PassageHtml(request.getContextPath(), document.slug(), Map.of(), (anchor) -> "#" + anchor));
		model.addAttribute("book", this.books.findById(document.id()).map(BookView::of).orElse(null));
		model.addAttribute("filter", filter);
		model.addAttribute("sort", order);
		model.addAttribute("sorts", ReviewSort.values());
		model.addAttribute("counts", this.reviews.countsPresent(document.id()));
		model.addAttribute("reviews",
				Pages.within(this.reviews.page(document.id(), filter, order, Pages.index(page), PAGE_SIZE, marks),
						filter.one(), filter.many()));
		model.addAttribute("pageUrl",
				UriComponentsBuilder.fromPath("/documents/{slug}/reviews")
					.queryParam("stars", (filter.param() != null) ? filter.param() : "all")
					.queryParam("sort", order.param())
					.buildAndExpand(slug)
					.encode()
					.toUriString());
		return "reviews/list";
	}

}

package org.thawcorpus.reading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.thawcorpus.annotation.AnnotationMarks;
import org.thawcorpus.annotation.LayerChoice;
import org.thawcorpus.annotation.LayerMemory;
import org.thawcorpus.citation.PageMetadata;
import org.thawcorpus.citation.export.Formatted;
import org.thawcorpus.document.DocumentView;
import org.thawcorpus.document.PassageLinks;
import org.thawcorpus.document.ReviewPlacement;
import org.thawcorpus.document.SourceFormat;
import org.thawcorpus.document.SourceLine;
import org.thawcorpus.document.SourceLineRepository;
import org.thawcorpus.markup.PassageHtml;
import org.thawcorpus.markup.PassageMarks;
import org.thawcorpus.markup.PassageView;
import org.thawcorpus.review.ReviewFilter;
import org.thawcorpus.review.ReviewService;
import org.thawcorpus.review.ReviewSort;
import org.thawcorpus.search.CorpusSearch;
import org.thawcorpus.search.QueryMatches;
import org.thawcorpus.system.BadRequestException;
import org.thawcorpus.system.NotFoundException;
import org.thawcorpus.system.Pages;

/** The reading view of a document and the view of its source text. */
@Controller
class DocumentController {

	static final int REVIEWS_SHOWN = ReviewPlacement.ON_READING_VIEW;

	static final int SOURCE_PAGE_SIZE = 500;

	private final DocumentReader reader;

	private final ReviewService reviews;

	private final SourceLineRepository sourceLines;

	private final AnnotationMarks annotations;

	private final CorpusSearch search;

	private final PassageLinks links;

	private final PassageCiting citing;

	private final SourceLineWords words;

	DocumentController(DocumentReader reader, ReviewService reviews, SourceLineRepository sourceLines,
			AnnotationMarks annotations, CorpusSearch search, PassageLinks links, PassageCiting citing,
			SourceLineWords words) {
		this.citing = citing;
		this.words = words;
		this.reader = reader;
		this.reviews = reviews;
		this.sourceLines = sourceLines;
		this.annotations = annotations;
		this.search = search;
		this.links = links;
	}

	/**
	 * A page of the reading view; with {@code at}, a redirect to the page holding that
	 * anchor (the way to an old {@code #p123} address without script). The annotation
	 * layers shown are those chosen with {@code layers}, else those the reader chose
	 * last.
	 */
	@GetMapping("/documents/{slug}")
	String read(@PathVariable String slug, @RequestParam(required = false) String page,
			@RequestParam(required = false) String at, @RequestParam(required = false) List<String> layers,
			@RequestParam(required = false) String q, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		LayerChoice choice = LayerMemory.choose(layers, request, response);
		String query = (q != null && !q.isBlank()) ? q.strip() : null;
		String layersParam = choice.given() ? choice.param() : null;
		if (at != null && !at.isBlank()) {
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("q", query);
			params.put("layers", layersParam);
			return "redirect:" + this.links.resolve(slug, at.strip(), params);
		}
		PageParameter number = PageParameter.parse(page);
		QueryMatches matches = this.search.matchesIn(slug, q);
		PassageMarks marks = matches.plus(this.annotations.marks(choice));
		Reading reading = this.reader.read(slug, number, marks);
		model.addAttribute("reading", reading);
		model.addAttribute("document", reading.document());
		ReadingPager pager = new ReadingPager(reading, query, layersParam);
		model.addAttribute("pager", pager);
		if (query != null) {
			model.addAttribute("query", query);
			model.addAttribute("matchedPassages", matches.passages());
		}
		model.addAttribute("layerSwitch", this.annotations.layerSwitch(reading.document().id(), choice));
		model.addAttribute("permalink", CiteController.documentUrl(slug));
		model.addAttribute("pageMetadata", PageMetadata.of(this.citing.source(slug, CiteController.documentUrl(slug))));
		Map<String, Formatted> notes = this.citing.notes(citationIds(reading));
		model.addAttribute("citeNotes", notes);
		model.addAttribute("passageHtml", new PassageHtml(request.getContextPath(), slug, notes, pager::link));
		if (reading.book() != null && reading.page().holdsReviews()) {
			long id = reading.document().id();
			model.addAttribute("reviews",
					this.reviews.page(id, ReviewFilter.ALL, ReviewSort.PAGE, 0, REVIEWS_SHOWN, marks));
			model.addAttribute("reviewCounts", this.reviews.countsPresent(id));
		}
		return "documents/document";
	}

	/** The citations a page of the reading view shows, in its text and its comments. */
	private static List<Long> citationIds(Reading reading) {
		Stream<PassageView> passages = Stream.concat(reading.sections().stream().flatMap((s) -> s.passages().stream()),
				reading.comments().stream().flatMap((c) -> c.paragraphs().stream()));
		return passages.flatMap((p) -> p.citations().stream()).map(PassageView.CitationRef::id).toList();
	}

	@GetMapping("/documents/{slug}/source")
	String source(@PathVariable String slug, @RequestParam(required = false) String lines,
			@RequestParam(required = false) Integer page, Model model) {
		DocumentView document = this.reader.document(slug);
		LineRange selected = LineRange.parse(lines);
		String unit = document.format().unit();
		if (selected != null && selected.first() > document.lineCount()) {
			throw new BadRequestException("\"" + document.title() + "\" has " + document.lineCount() + " " + unit
					+ "s; there is no " + unit + " " + selected.first() + ".");
		}
		int index = (page != null) ? Pages.index(page)
				: (selected != null) ? (selected.first() - 1) / SOURCE_PAGE_SIZE : 0;
		Page<SourceLine> read = Pages.within(
				this.sourceLines.findByDocumentIdOrderByLine(document.id(), PageRequest.of(index, SOURCE_PAGE_SIZE)),
				unit, unit + "s");
		Page<SourceLineView> found = new PageImpl<>(this.words.views(document.id(), read.getContent()),
				read.getPageable(), read.getTotalElements());
		model.addAttribute("document", document);
		model.addAttribute("lines", found);
		model.addAttribute("passageLinks", this.links.inDocument(document.id(), slug,
				found.stream().map(SourceLineView::anchor).filter(Objects::nonNull).collect(Collectors.toSet())));
		model.addAttribute("selected", selected);
		model.addAttribute("pageUrl",
				UriComponentsBuilder.fromPath("/documents/{slug}/source").buildAndExpand(slug).encode().toUriString());
		return "documents/source";
	}

	@GetMapping("/documents/{slug}/source/blocks/{number}")
	String block(@PathVariable String slug, @PathVariable String number, Model model) {
		DocumentView document = this.reader.document(slug);
		int n = LineRange.parseNumber(number, "block");
		SourceLineView block = this.sourceLines.findById(new SourceLine.Key(document.id(), n))
			.filter((line) -> line.getElement() != null)
			.map(SourceLineView::of)
			.orElseThrow(() -> new NotFoundException(
					"\"" + document.title() + "\" has no text block " + n + ((document.format() == SourceFormat.PAGE)
							? "; it has " + document.lineCount() + "." : ": it is a text copy, not a saved page.")));
		model.addAttribute("document", document);
		model.addAttribute("block", block);
		return "documents/block";
	}

}

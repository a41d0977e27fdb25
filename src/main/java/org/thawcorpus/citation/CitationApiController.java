package org.thawcorpus.citation;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thawcorpus.system.ApiPaging;
import org.thawcorpus.system.Pages;

/**
 * The citations of the corpus as JSON for programs, or with
 * {@code format=bibtex|ris|csl-json} as files for reference managers.
 */
@RestController
class CitationApiController {

	private final CitationService citations;

	CitationApiController(CitationService citations) {
		this.citations = citations;
	}

	@GetMapping("/api/citations")
	ResponseEntity<?> list(@RequestParam(required = false) String format, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPaging.DEFAULT_SIZE) int size) {
		if (format != null) {
			return ExportFormat.parse(format).download(this.citations.references(), "thaw-corpus-citations");
		}
		return ApiPaging
			.response(Pages.within(this.citations.page(ApiPaging.request(page, size)), "citation", "citations"));
	}

	@GetMapping("/api/citations/{id}")
	ResponseEntity<?> show(@PathVariable long id, @RequestParam(required = false) String format) {
		if (format != null) {
			return ExportFormat.parse(format).download(List.of(this.citations.reference(id)), "citation-" + id);
		}
		return ResponseEntity.ok(this.citations.info(id));
	}

}

package org.thawcorpus.citation;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thawcorpus.citation.export.Reference;
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
			return export(ExportFormat.parse(format), this.citations.references(), "thaw-corpus-citations");
		}
		return ApiPaging
			.response(Pages.within(this.citations.page(ApiPaging.request(page, size)), "citation", "citations"));
	}

	@GetMapping("/api/citations/{id}")
	ResponseEntity<?> show(@PathVariable long id, @RequestParam(required = false) String format) {
		if (format != null) {
			return export(ExportFormat.parse(format), List.of(this.citations.reference(id)), "citation-" + id);
		}
		return ResponseEntity.ok(this.citations.info(id));
	}

	/** References written in a format, as a download. */
	static ResponseEntity<String> export(ExportFormat format, List<Reference> references, String stem) {
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(format.fileName(stem)).build().toString())
			.body(format.write(references));
	}

}

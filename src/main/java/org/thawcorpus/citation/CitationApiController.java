package org.thawcorpus.citation;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The citations of the corpus as JSON for programs. */
@RestController
class CitationApiController {

	private final CitationService citations;

	CitationApiController(CitationService citations) {
		this.citations = citations;
	}

	@GetMapping("/api/citations")
	List<CitationInfo> list() {
		return this.citations.page(Pageable.unpaged()).getContent();
	}

	@GetMapping("/api/citations/{id}")
	CitationInfo show(@PathVariable long id) {
		return this.citations.detail(id).citation();
	}

}

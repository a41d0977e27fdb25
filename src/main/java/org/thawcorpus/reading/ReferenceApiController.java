package org.thawcorpus.reading;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thawcorpus.citation.ExportFormat;

/**
 * Every reference of the corpus as one file for a reference manager: each source (and
 * book), each of its passages, each citation, with keys unique in the file.
 */
@RestController
class ReferenceApiController {

	private final PassageCiting citing;

	ReferenceApiController(PassageCiting citing) {
		this.citing = citing;
	}

	@GetMapping("/api/references")
	ResponseEntity<String> all(@RequestParam(defaultValue = "csl-json") String format) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		return exportFormat.download(this.citing.corpus(), "thaw-corpus-references");
	}

}

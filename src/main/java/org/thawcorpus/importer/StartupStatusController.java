package org.thawcorpus.importer;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the start-up work is doing, as JSON: {@code /api/import-status}. */
@RestController
class StartupStatusController {

	private final StartupState state;

	StartupStatusController(StartupState state) {
		this.state = state;
	}

	@GetMapping("/api/import-status")
	StartupStatus status() {
		return this.state.status();
	}

}

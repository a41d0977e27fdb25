package org.thawcorpus.importer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The import report, as a page and as JSON. */
@Controller
class ImportReportController {

	private final ImportReportService reports;

	ImportReportController(ImportReportService reports) {
		this.reports = reports;
	}

	@GetMapping("/import-report")
	String page(Model model) {
		model.addAttribute("report", this.reports.report());
		return "importer/report";
	}

	@GetMapping("/api/import-report")
	@ResponseBody
	ImportReport api() {
		return this.reports.report();
	}

}

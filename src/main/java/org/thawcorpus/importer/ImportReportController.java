package org.thawcorpus.importer;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.thawcorpus.system.Pages;

/** The import report, as a page and as JSON. */
@Controller
class ImportReportController {

	private final ImportReportService reports;

	ImportReportController(ImportReportService reports) {
		this.reports = reports;
	}

	static final int PAGE_SIZE = 50;

	@GetMapping("/import-report")
	String page(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("files", this.reports.page(PageRequest.of(Pages.index(page), PAGE_SIZE)));
		model.addAttribute("totals", this.reports.totals());
		return "importer/report";
	}

	@GetMapping("/api/import-report")
	@ResponseBody
	ImportReport api() {
		return this.reports.report();
	}

}

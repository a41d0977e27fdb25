package org.thawcorpus.importer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thawcorpus.importer.ImportReport.FileReport;
import org.thawcorpus.system.ApiPaging;
import org.thawcorpus.system.Pages;

/** The import report, as a page and as JSON. */
@Controller
class ImportReportController {

	private final ImportReportService reports;

	private final SourceImporter importer;

	ImportReportController(ImportReportService reports, SourceImporter importer) {
		this.reports = reports;
		this.importer = importer;
	}

	static final int PAGE_SIZE = 50;

	@GetMapping("/import-report")
	String page(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("files",
				Pages.within(this.reports.page(PageRequest.of(Pages.index(page), PAGE_SIZE)), "file", "files"));
		model.addAttribute("totals", this.reports.totals());
		model.addAttribute("stopped", this.importer.lastStop().orElse(null));
		return "importer/report";
	}

	@GetMapping("/api/import-report")
	ResponseEntity<ImportReport> api(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPaging.DEFAULT_SIZE) int size) {
		Page<FileReport> files = Pages.within(this.reports.pageByPath(ApiPaging.request(page, size)), "file", "files");
		return ResponseEntity.ok()
			.headers(ApiPaging.headers(files))
			.body(new ImportReport(files.getContent(), this.importer.lastStop().orElse(null)));
	}

}

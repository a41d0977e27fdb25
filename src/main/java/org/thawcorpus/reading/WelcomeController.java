package org.thawcorpus.reading;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.importer.ImportReportService;
import org.thawcorpus.system.Pages;

/**
 * The corpus page: every source with its kind, title and counts, and the import report.
 */
@Controller
class WelcomeController {

	static final int PAGE_SIZE = 25;

	static final int REPORT_SHOWN = 10;

	private final DocumentRepository documents;

	private final ImportReportService reports;

	WelcomeController(DocumentRepository documents, ImportReportService reports) {
		this.documents = documents;
		this.reports = reports;
	}

	@GetMapping("/")
	String welcome(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("documents",
				Pages.within(
						this.documents.findAllByOrderByTitleSortAscIdAsc(PageRequest.of(Pages.index(page), PAGE_SIZE)),
						"source", "sources"));
		model.addAttribute("files", this.reports.page(PageRequest.of(0, REPORT_SHOWN)));
		model.addAttribute("totals", this.reports.totals());
		// The page shows the start-up work's progress itself, in place of the layout's
		// notice.
		model.addAttribute("startupShown", true);
		return "welcome";
	}

}

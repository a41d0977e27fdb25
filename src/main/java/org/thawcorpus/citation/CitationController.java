package org.thawcorpus.citation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thawcorpus.citation.export.ChicagoFormatter;
import org.thawcorpus.citation.export.Reference;
import org.thawcorpus.system.Pages;

/**
 * Every citation of the corpus, and one citation with the places that cite the same work.
 */
@Controller
class CitationController {

	static final int PAGE_SIZE = 50;

	private final CitationService citations;

	private final ObjectProvider<ChicagoFormatter> chicago;

	CitationController(CitationService citations, ObjectProvider<ChicagoFormatter> chicago) {
		this.citations = citations;
		this.chicago = chicago;
	}

	@GetMapping("/citations")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("citations", this.citations.page(PageRequest.of(Pages.index(page), PAGE_SIZE)));
		model.addAttribute("formats", ExportFormat.values());
		return "citations/list";
	}

	@GetMapping("/citations/{id}")
	String show(@PathVariable long id, Model model) {
		CitationDetail detail = this.citations.detail(id);
		model.addAttribute("citation", detail.citation());
		model.addAttribute("sameWork", detail.sameWork());
		model.addAttribute("corpusDocuments", detail.corpusDocuments());
		Reference reference = detail.reference();
		model.addAttribute("chicago", this.chicago.getObject().format(reference));
		model.addAttribute("coins", Coins.of(reference));
		model.addAttribute("formats", ExportFormat.values());
		return "citations/detail";
	}

}

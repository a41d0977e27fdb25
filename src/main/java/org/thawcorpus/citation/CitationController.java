package org.thawcorpus.citation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thawcorpus.citation.export.CitationStyle;
import org.thawcorpus.citation.export.Reference;
import org.thawcorpus.citation.export.ReferenceFormatter;
import org.thawcorpus.document.PassageLinks;
import org.thawcorpus.system.Pages;

/**
 * Every citation of the corpus, and one citation with the places that cite the same work.
 */
@Controller
class CitationController {

	static final int PAGE_SIZE = 50;

	private final CitationService citations;

	private final ReferenceFormatter formatter;

	private final PassageLinks links;

	private final ObjectProvider<RegisterLinks> register;

	CitationController(CitationService citations, ReferenceFormatter formatter, PassageLinks links,
			ObjectProvider<RegisterLinks> register) {
		this.citations = citations;
		this.formatter = formatter;
		this.links = links;
		this.register = register;
	}

	@GetMapping("/citations")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		Page<CitationService.Listed> found = Pages
			.within(this.citations.listPage(PageRequest.of(Pages.index(page), PAGE_SIZE)), "citation", "citations");
		model.addAttribute("citations", found.map(CitationService.Listed::info));
		model.addAttribute("coins",
				found.stream().collect(Collectors.toMap((c) -> c.info().id(), (c) -> Coins.of(c.reference()))));
		model.addAttribute("passageLinks", passageLinks(found.map(CitationService.Listed::info).getContent()));
		model.addAttribute("formats", ExportFormat.values());
		return "citations/list";
	}

	@GetMapping("/citations/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) String style, Model model) {
		CitationStyle chosen = CitationStyles.parse(style);
		CitationDetail detail = this.citations.detail(id);
		model.addAttribute("citation", detail.citation());
		model.addAttribute("sameWork", detail.sameWork());
		model.addAttribute("corpusDocuments", detail.corpusDocuments());
		RegisterLinks register = this.register.getIfAvailable();
		model.addAttribute("registerEntries", (register != null) ? register.of(id) : List.of());
		List<CitationInfo> shown = new ArrayList<>(detail.sameWork());
		shown.add(detail.citation());
		Map<Long, String> passageLinks = passageLinks(shown);
		model.addAttribute("passageLinks", passageLinks);
		model.addAttribute("markerLink", marker(passageLinks.get(id), id));
		Reference reference = detail.reference();
		model.addAttribute("styled", this.formatter.format(reference, chosen));
		model.addAttribute("styles", CitationStyle.values());
		model.addAttribute("coins", Coins.of(reference));
		model.addAttribute("pageMetadata", PageMetadata.of(reference));
		model.addAttribute("formats", ExportFormat.values());
		return "citations/detail";
	}

	/** The address of a citation's marker: on the page holding its passage. */
	static String marker(String passageLink, long id) {
		int hash = passageLink.indexOf('#');
		return ((hash >= 0) ? passageLink.substring(0, hash) : passageLink) + "#cite-" + id;
	}

	/** Where each citation's passage is read, by citation id. */
	private Map<Long, String> passageLinks(List<CitationInfo> shown) {
		Map<PassageLinks.Place, String> found = this.links
			.of(shown.stream().map(CitationController::place).collect(Collectors.toSet()), null);
		Map<Long, String> byCitation = new HashMap<>();
		for (CitationInfo citation : shown) {
			byCitation.put(citation.id(),
					found.getOrDefault(place(citation), PassageLinks.document(citation.documentSlug(), null)));
		}
		return byCitation;
	}

	private static PassageLinks.Place place(CitationInfo citation) {
		return new PassageLinks.Place(citation.documentSlug(), citation.passageAnchor());
	}

}

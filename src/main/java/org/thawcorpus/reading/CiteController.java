package org.thawcorpus.reading;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import org.thawcorpus.citation.CitationStyles;
import org.thawcorpus.citation.Coins;
import org.thawcorpus.citation.ExportFormat;
import org.thawcorpus.citation.PageMetadata;
import org.thawcorpus.citation.export.CitationStyle;
import org.thawcorpus.citation.export.Reference;
import org.thawcorpus.system.PublicUrls;

/**
 * "Cite this document" and "cite this passage": a permalink and references for a whole
 * document and for any passage, review or comment paragraph, in a citation style and in
 * the export formats.
 */
@Controller
class CiteController {

	private final PassageCiting citing;

	CiteController(PassageCiting citing) {
		this.citing = citing;
	}

	@GetMapping("/documents/{slug}/cite")
	String document(@PathVariable String slug, @RequestParam(required = false) String style, Model model) {
		CitationStyle chosen = CitationStyles.parse(style);
		DocumentCite cite = this.citing.citeDocument(slug, documentUrl(slug), chosen);
		model.addAttribute("cite", cite);
		model.addAttribute("document", cite.document());
		addCommon(model, chosen, cite.references());
		return "documents/cite-document";
	}

	@GetMapping("/documents/{slug}/cite/{anchor}")
	String page(@PathVariable String slug, @PathVariable String anchor, @RequestParam(required = false) String style,
			Model model) {
		CitationStyle chosen = CitationStyles.parse(style);
		PassageCite cite = this.citing.cite(slug, anchor, permalink(slug, anchor), chosen);
		model.addAttribute("cite", cite);
		model.addAttribute("document", cite.document());
		addCommon(model, chosen, List.of(cite.reference()));
		return "documents/cite";
	}

	private static void addCommon(Model model, CitationStyle chosen, List<Reference> references) {
		model.addAttribute("style", chosen);
		model.addAttribute("styles", CitationStyle.values());
		model.addAttribute("formats", ExportFormat.values());
		model.addAttribute("cslJson", ExportFormat.CSL_JSON.write(references));
		model.addAttribute("pageMetadata", PageMetadata.of(references.get(0)));
		model.addAttribute("coins", Coins.of(references.get(0)));
	}

	@GetMapping("/api/documents/{slug}/cite")
	ResponseEntity<String> exportDocument(@PathVariable String slug,
			@RequestParam(defaultValue = "csl-json") String format) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		DocumentCite cite = this.citing.citeDocument(slug, documentUrl(slug), CitationStyle.CHICAGO);
		return exportFormat.download(cite.references(), slug);
	}

	@GetMapping("/api/documents/{slug}/cite/{anchor}")
	ResponseEntity<String> export(@PathVariable String slug, @PathVariable String anchor,
			@RequestParam(defaultValue = "csl-json") String format) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		PassageCite cite = this.citing.cite(slug, anchor, permalink(slug, anchor), CitationStyle.CHICAGO);
		return exportFormat.download(List.of(cite.reference()), slug + "-" + anchor);
	}

	/**
	 * The lasting address of a passage: the reading view redirects it to the page holding
	 * the passage, however the document is paged.
	 */
	static String permalink(String slug, String anchor) {
		return documentUrl(slug) + "?at=" + URLEncoder.encode(anchor, StandardCharsets.UTF_8);
	}

	/**
	 * The address of a document's reading view: absolute where the site's public address
	 * is known, relative otherwise ({@link PublicUrls}).
	 */
	static String documentUrl(String slug) {
		return PublicUrls.absolute("/documents/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8));
	}

}

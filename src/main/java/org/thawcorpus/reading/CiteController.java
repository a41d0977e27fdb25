package org.thawcorpus.reading;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import org.thawcorpus.citation.ExportFormat;
import org.thawcorpus.system.PublicUrls;

/**
 * "Cite this passage": a permalink and a reference for any passage, review or comment
 * paragraph.
 */
@Controller
class CiteController {

	private final PassageCiting citing;

	CiteController(PassageCiting citing) {
		this.citing = citing;
	}

	@GetMapping("/documents/{slug}/cite/{anchor}")
	String page(@PathVariable String slug, @PathVariable String anchor, Model model) {
		PassageCite cite = this.citing.cite(slug, anchor, permalink(slug, anchor));
		model.addAttribute("cite", cite);
		model.addAttribute("document", cite.document());
		model.addAttribute("formats", ExportFormat.values());
		model.addAttribute("cslJson", ExportFormat.CSL_JSON.write(List.of(cite.reference())));
		return "documents/cite";
	}

	@GetMapping("/api/documents/{slug}/cite/{anchor}")
	ResponseEntity<String> export(@PathVariable String slug, @PathVariable String anchor,
			@RequestParam(defaultValue = "csl-json") String format) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		PassageCite cite = this.citing.cite(slug, anchor, permalink(slug, anchor));
		return ResponseEntity.ok()
			.contentType(exportFormat.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(exportFormat.fileName(slug + "-" + anchor)).build().toString())
			.body(exportFormat.write(List.of(cite.reference())));
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

package org.thawcorpus.citation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.thawcorpus.citation.export.BibTeXWriter;
import org.thawcorpus.citation.export.CslJsonWriter;
import org.thawcorpus.citation.export.Reference;
import org.thawcorpus.citation.export.RisWriter;
import org.thawcorpus.system.BadRequestException;

/**
 * The formats references are exported in, for reference managers such as Zotero and
 * JabRef.
 */
public enum ExportFormat {

	BIBTEX("bibtex", "BibTeX", "application/x-bibtex", "bib", BibTeXWriter::write),
	RIS("ris", "RIS", "application/x-research-info-systems", "ris", RisWriter::write),
	CSL_JSON("csl-json", "CSL-JSON", "application/vnd.citationstyles.csl+json", "json", CslJsonWriter::write);

	private final String param;

	private final String label;

	private final MediaType mediaType;

	private final String extension;

	private final Function<List<Reference>, String> writer;

	ExportFormat(String param, String label, String mediaType, String extension,
			Function<List<Reference>, String> writer) {
		this.param = param;
		this.label = label;
		this.mediaType = MediaType.parseMediaType(mediaType + ";charset=UTF-8");
		this.extension = extension;
		this.writer = writer;
	}

	/**
	 * Reads the {@code format} parameter.
	 * @throws BadRequestException if it names no format
	 */
	public static ExportFormat parse(String value) {
		String v = value.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((f) -> f.param.equals(v))
			.findFirst()
			.orElseThrow(() -> new BadRequestException("The format must be bibtex, ris or csl-json; \""
					+ ((value.length() > 40) ? value.substring(0, 40) + "…" : value) + "\" is none of these."));
	}

	public String param() {
		return this.param;
	}

	public String label() {
		return this.label;
	}

	public MediaType mediaType() {
		return this.mediaType;
	}

	/** A file name for a download of this format. */
	public String fileName(String stem) {
		return stem + "." + this.extension;
	}

	/** The references written in this format. */
	public String write(List<Reference> references) {
		return this.writer.apply(references);
	}

	/** The references written in this format, as a download named after a stem. */
	public ResponseEntity<String> download(List<Reference> references, String stem) {
		return ResponseEntity.ok()
			.contentType(this.mediaType)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(fileName(stem)).build().toString())
			.body(write(references));
	}

}

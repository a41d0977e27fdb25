package org.thawcorpus.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.thawcorpus.search.MatchRanges.Range;
import org.thawcorpus.source.DocumentKind;
import org.thawcorpus.system.ApiPaging;
import org.thawcorpus.system.BadRequestException;

/**
 * Corpus search as JSON: the same parameters as the search page, a page of documents with
 * their hits ({@code size} documents, or with a document filter hits, 1 to
 * {@value CorpusSearch#MAX_PAGE_SIZE}); with {@code format=csv} or {@code format=json},
 * the whole concordance of the search as a file. A missing or unreadable query is a 400
 * problem saying what to fix. Every page says in {@code index} whether the index it came
 * from was complete.
 */
@RestController
class SearchApiController {

	private final CorpusSearch search;

	private final Concordance concordance;

	private final IndexState index;

	private final JsonMapper json;

	SearchApiController(CorpusSearch search, Concordance concordance, IndexState index, JsonMapper json) {
		this.search = search;
		this.concordance = concordance;
		this.index = index;
		this.json = json;
	}

	@GetMapping("/api/search")
	ResponseEntity<?> search(@RequestParam Map<String, String> params, HttpServletRequest http,
			HttpServletResponse response) throws IOException {
		SearchRequest request = SearchRequest.of(params);
		if (!request.hasQuery()) {
			throw new BadRequestException("The parameter \"q\" must hold a query, as in q=Thaw.");
		}
		String format = params.get("format");
		try {
			if (format != null && !format.isBlank()) {
				return export(ConcordanceRequest.of(params), format.strip().toLowerCase(Locale.ROOT), http, response);
			}
			SearchResults results = this.search.search(request, size(params.get("size")));
			return ResponseEntity.ok()
				.headers(ApiPaging.headers(results.pager().getNumber() + 1,
						Math.max(results.pager().getTotalPages(), 1), results.pager().getTotalElements()))
				.body(SearchJson.of(results, IndexJson.of(this.index.status())));
		}
		catch (QuerySyntaxException ex) {
			throw new BadRequestException(ex.getMessage());
		}
	}

	private static int size(String value) {
		if (value == null || value.isBlank()) {
			return 0;
		}
		String v = value.strip();
		if (!v.matches("\\d{1,6}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > CorpusSearch.MAX_PAGE_SIZE) {
			throw new BadRequestException("The page size must be from 1 to " + CorpusSearch.MAX_PAGE_SIZE
					+ " (documents, or with a document filter hits); \"" + SearchRequest.abbreviate(value)
					+ "\" is not.");
		}
		return Integer.parseInt(v);
	}

	/**
	 * Writes the whole concordance to the response as it goes, not kept whole in memory
	 * (nor by the ETag filter): what is wrong with the request is a 400 before any byte.
	 */
	private ResponseEntity<?> export(ConcordanceRequest request, String format, HttpServletRequest http,
			HttpServletResponse response) throws IOException {
		if (!format.equals("csv") && !format.equals("json")) {
			throw new BadRequestException("The concordance is exported as csv or json; \""
					+ SearchRequest.abbreviate(format) + "\" is neither.");
		}
		List<ConcordanceLine> lines = this.concordance.export(request);
		String name = ConcordanceExport.fileName(request.search().query(), format);
		ShallowEtagHeaderFilter.disableContentCaching(http);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader(ApiPaging.TOTAL_COUNT, Integer.toString(lines.size()));
		if (format.equals("csv")) {
			response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
			ConcordanceExport.csv(lines,
					new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)));
		}
		else {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			ConcordanceExport.json(this.json, request.search().query(), lines, response.getOutputStream());
		}
		return null;
	}

	/**
	 * A page of results; {@code documents} counts at most
	 * {@value CorpusSearch#MAX_DOCUMENTS_LISTED}, and {@code moreDocuments} says whether
	 * more match (those are not listed: narrow the search to list them).
	 */
	record SearchJson(String query, String spelling, long total, long documents, boolean moreDocuments, int page,
			int pageSize, int pages, List<GroupJson> groups, List<HitJson> hits, List<AlsoFound> alsoFound,
			Map<String, Map<String, Long>> facets, List<Suggestion> suggestions, IndexJson index) {

		static SearchJson of(SearchResults results, IndexJson index) {
			Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
			for (FacetView facet : results.facets()) {
				Map<String, Long> counts = new LinkedHashMap<>();
				facet.values().forEach((v) -> counts.put(v.value(), v.count()));
				facets.put(facet.name(), counts);
			}
			return new SearchJson(results.request().query(),
					results.request().asWritten() ? SearchRequest.AS_WRITTEN : "register", results.total(),
					results.documents(), results.moreDocuments(), results.request().page(), results.pager().getSize(),
					results.pager().getTotalPages(), results.groups().stream().map(GroupJson::of).toList(),
					results.hits().stream().map(HitJson::of).toList(), results.alsoFound(), facets,
					results.suggestions(), index);
		}

	}

	/** A document with its hits on the page. */
	record GroupJson(String documentSlug, String documentTitle, DocumentKind documentKind, long total, String url,
			List<HitJson> hits) {

		static GroupJson of(HitGroup group) {
			return new GroupJson(group.slug(), group.title(), group.kind(), group.total(), group.link(),
					group.hits().stream().map(HitJson::of).toList());
		}

	}

	/**
	 * Whether the answer saw the whole corpus; when not, why, and how far a rebuild has
	 * got.
	 */
	record IndexJson(boolean complete, String state, long indexed, long expected, String message) {

		static IndexJson of(IndexStatus status) {
			return new IndexJson(status.complete(), status.phase().name().toLowerCase(Locale.ROOT), status.indexed(),
					status.expected(), status.notice());
		}

	}

	record HitJson(String documentSlug, String documentTitle, DocumentKind documentKind, String anchor, String kind,
			String label, Long citationId, String url, String snippet, List<Range> matches) {

		static HitJson of(SearchHit hit) {
			return new HitJson(hit.documentSlug(), hit.documentTitle(), hit.documentKind(), hit.anchor(), hit.kind(),
					hit.label(), hit.citationId(), hit.link(), hit.snippet().text(), hit.snippet().matches());
		}

	}

}

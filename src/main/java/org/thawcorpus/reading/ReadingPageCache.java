package org.thawcorpus.reading;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thawcorpus.annotation.LayerMemory;
import org.thawcorpus.document.CorpusVersion;
import org.thawcorpus.system.PublicUrls;

/**
 * The reading views (a document's pages and its review panel) change only with the
 * corpus, so each is rendered once per version of it and variant of the request (its
 * address and query, the reader's remembered layers, what it accepts, the site's address
 * for its links): its weak ETag names the build, the version and the variant, a request
 * that names it is answered 304 before anything is read or rendered, and a page rendered
 * before is sent again from {@link RenderedPages}.
 */
class ReadingPageCache extends OncePerRequestFilter {

	/** The paths of the reading views. */
	static final Pattern READING_VIEWS = Pattern.compile("/documents/[^/]+(?:/reviews)?");

	private final CorpusVersion version;

	private final RenderedPages pages;

	private final String build;

	private final BooleanSupplier whole;

	/**
	 * @param whole whether the start-up work has ended: a page rendered before (with its
	 * notice of the work under way) is neither kept nor given an ETag
	 */
	ReadingPageCache(CorpusVersion version, RenderedPages pages, String build, BooleanSupplier whole) {
		this.version = version;
		this.pages = pages;
		this.build = build;
		this.whole = whole;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method))
				|| !READING_VIEWS.matcher(request.getRequestURI().substring(request.getContextPath().length()))
					.matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.whole.getAsBoolean()) {
			chain.doFilter(request, response);
			return;
		}
		long current = this.version.current();
		String variant = variant(request);
		String etag = "W/\"" + this.build + "-" + current + "-"
				+ DigestUtils.md5DigestAsHex(variant.getBytes(StandardCharsets.UTF_8)) + "\"";
		ShallowEtagHeaderFilter.disableContentCaching(request);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
		if (new ServletWebRequest(request, response).checkNotModified(etag)) {
			rememberLayers(request, response);
			return;
		}
		RenderedPages.Page kept = this.pages.get(current, variant);
		if (kept != null) {
			rememberLayers(request, response);
			send(kept, etag, response);
			return;
		}
		Map<String, Collection<String>> before = headers(response);
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (rendering.getStatus() == HttpStatus.OK.value() && "GET".equals(request.getMethod())
				&& !request.isAsyncStarted() && isHtml(rendering.getContentType())) {
			response.setHeader(HttpHeaders.ETAG, etag);
			// a HEAD request's body is not rendered: only a GET's is kept
			this.pages.put(current, variant, new RenderedPages.Page(rendering.getContentAsByteArray(),
					rendering.getContentType(), rendering.getLocale(), added(before, headers(response))));
		}
		rendering.copyBodyToResponse();
	}

	/**
	 * What a reading view's content depends on besides the corpus: its path, its
	 * parameters (as read, so also those a test sets without a query string), the layers
	 * remembered, what it accepts and the site's address for links.
	 */
	static String variant(HttpServletRequest request) {
		StringBuilder variant = new StringBuilder(request.getRequestURI());
		char separator = '?';
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				variant.append(separator)
					.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				separator = '&';
			}
		}
		variant.append('\n').append(layers(request));
		variant.append('\n').append(request.getHeader(HttpHeaders.ACCEPT));
		variant.append('\n').append(request.isSecure());
		variant.append('\n').append(PublicUrls.prefixOf(request));
		return variant.toString();
	}

	private static String layers(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		StringBuilder found = new StringBuilder();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (LayerMemory.COOKIE.equals(cookie.getName())) {
					found.append(cookie.getValue()).append(';');
				}
			}
		}
		return found.toString();
	}

	/**
	 * Keeps the layers a request chose for the reader's next views, as the page's own
	 * rendering does ({@link LayerMemory}).
	 */
	private static void rememberLayers(HttpServletRequest request, HttpServletResponse response) {
		String[] layers = request.getParameterValues("layers");
		if (layers != null) {
			LayerMemory.choose(List.of(layers), request, response);
		}
	}

	private static boolean isHtml(String contentType) {
		return contentType != null && MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(contentType));
	}

	private static void send(RenderedPages.Page page, String etag, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.OK.value());
		page.headers().forEach((header) -> response.addHeader(header.getKey(), header.getValue()));
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setContentType(page.contentType());
		if (page.locale() != null) {
			response.setLocale(page.locale());
		}
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	private static Map<String, Collection<String>> headers(HttpServletResponse response) {
		Map<String, Collection<String>> headers = new HashMap<>();
		for (String name : response.getHeaderNames()) {
			headers.put(name, new ArrayList<>(response.getHeaders(name)));
		}
		return headers;
	}

	/**
	 * The headers set between two snapshots, aside from the ETag, the length and cookies
	 * (set again for each answer).
	 */
	private static List<Map.Entry<String, String>> added(Map<String, Collection<String>> before,
			Map<String, Collection<String>> after) {
		List<Map.Entry<String, String>> added = new ArrayList<>();
		after.forEach((name, values) -> {
			if (!name.equalsIgnoreCase(HttpHeaders.ETAG) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)
					&& !name.equalsIgnoreCase(HttpHeaders.SET_COOKIE)) {
				List<String> fresh = new ArrayList<>(values);
				before.getOrDefault(name, List.of()).forEach(fresh::remove);
				fresh.forEach((value) -> added.add(Map.entry(name, value)));
			}
		});
		return added;
	}

}

package org.thawcorpus.reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

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
import org.thawcorpus.system.CacheHeaders;
import org.thawcorpus.system.ParameterCheck;
import org.thawcorpus.system.SecurityHeaders;

/**
 * The reading views (a document's pages and its review panel) change only with the
 * corpus, so each is rendered once per version of it and variant of the request (its
 * address and parameters, the reader's remembered layers, what it accepts, the site's
 * address for its links): its weak ETag names the build, the version and the variant, a
 * request that names it is answered 304 before anything is read or rendered, and a page
 * rendered before is sent again from {@link RenderedPages}, with the headers its
 * rendering set and gzipped once to clients that accept gzip (each answer varying with
 * accept-encoding). It runs before every other filter, so a page sent again costs no more
 * than its lookup.
 */
class ReadingPageCache extends OncePerRequestFilter {

	/** The paths of the reading views. */
	static final Pattern READING_VIEWS = Pattern.compile("/documents/[^/]+(?:/reviews)?");

	/**
	 * What a reading view varies with besides its address: the reader's layers (a
	 * cookie), and its coding, as the same page may be sent gzipped or plain (a shared
	 * cache must not keep one for everyone).
	 */
	static final String VARY = HttpHeaders.COOKIE + ", accept-encoding";

	private final CorpusVersion version;

	private final RenderedPages pages;

	private final String build;

	private final BooleanSupplier whole;

	private final Function<HttpServletRequest, String> prefix;

	/**
	 * @param whole whether the start-up work has ended: a page rendered before (with its
	 * notice of the work under way) is neither kept nor given an ETag
	 * @param prefix the site's address for the links of a page answering a request
	 */
	ReadingPageCache(CorpusVersion version, RenderedPages pages, String build, BooleanSupplier whole,
			Function<HttpServletRequest, String> prefix) {
		this.version = version;
		this.pages = pages;
		this.build = build;
		this.whole = whole;
		this.prefix = prefix;
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
		// parameters that cannot be read are answered with a 400 by ParameterCheck
		String parameters = ParameterCheck.sorted(request);
		if (!this.whole.getAsBoolean() || parameters == null) {
			chain.doFilter(request, response);
			return;
		}
		String variant = variant(request, parameters);
		long current = this.version.current();
		RenderedPages.Page kept = this.pages.get(current, variant);
		String etag = (kept != null) ? kept.etag() : etag(current, variant);
		if (request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
				&& new ServletWebRequest(request, response).checkNotModified(etag)) {
			SecurityHeaders.apply(response);
			response.setHeader(HttpHeaders.CACHE_CONTROL, CacheHeaders.REVALIDATE);
			response.setHeader(HttpHeaders.VARY, VARY);
			rememberLayers(request, response);
			return;
		}
		if (kept != null) {
			rememberLayers(request, response);
			send(kept, acceptsGzip(request), response);
			return;
		}
		ShallowEtagHeaderFilter.disableContentCaching(request);
		response.setHeader(HttpHeaders.VARY, VARY);
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (rendering.getStatus() == HttpStatus.OK.value() && "GET".equals(request.getMethod())
				&& !request.isAsyncStarted() && isHtml(rendering.getContentType())) {
			response.setHeader(HttpHeaders.ETAG, etag);
			// a HEAD request's body is not rendered: only a GET's is kept
			byte[] body = rendering.getContentAsByteArray();
			this.pages.put(current, variant, new RenderedPages.Page(body, gzip(body), etag, rendering.getContentType(),
					rendering.getLocale(), kept(headers(response))));
		}
		rendering.copyBodyToResponse();
	}

	private String etag(long current, String variant) {
		return "W/\"" + this.build + "-" + current + "-"
				+ DigestUtils.md5DigestAsHex(variant.getBytes(StandardCharsets.UTF_8)) + "\"";
	}

	/**
	 * What a reading view's content depends on besides the corpus: its path and its
	 * parameters as read and sorted ({@link ParameterCheck#sorted(HttpServletRequest)},
	 * so that {@code ?stars=5&page=1} and {@code ?page=1&stars=5} share a page), the
	 * layers remembered, what it accepts and the site's address for links.
	 */
	private String variant(HttpServletRequest request, String parameters) {
		StringBuilder variant = new StringBuilder(request.getRequestURI());
		variant.append('?').append(parameters);
		variant.append('\n').append(layers(request));
		variant.append('\n').append(request.getHeader(HttpHeaders.ACCEPT));
		variant.append('\n').append(request.isSecure());
		variant.append('\n').append(this.prefix.apply(request));
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

	/** Whether the request's Accept-Encoding names gzip (or any coding) without q=0. */
	static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accepted == null) {
			return false;
		}
		for (String coding : accepted.split(",")) {
			String[] parts = coding.split(";");
			String name = parts[0].trim();
			if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
				for (int i = 1; i < parts.length; i++) {
					String parameter = parts[i].trim().replace(" ", "");
					if (parameter.matches("(?i)q=0(?:\\.0*)?")) {
						return false;
					}
				}
				return true;
			}
		}
		return false;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream gzipped = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
			out.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return gzipped.toByteArray();
	}

	private static void send(RenderedPages.Page page, boolean gzip, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.OK.value());
		page.headers().forEach((header) -> response.addHeader(header.getKey(), header.getValue()));
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setContentType(page.contentType());
		if (page.locale() != null) {
			response.setLocale(page.locale());
		}
		if (response.getHeaders(HttpHeaders.VARY)
			.stream()
			.noneMatch((vary) -> vary.toLowerCase(Locale.ROOT).contains("accept-encoding"))) {
			response.addHeader(HttpHeaders.VARY, "accept-encoding");
		}
		byte[] body = page.body();
		if (gzip) {
			body = page.gzipped();
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static Map<String, Collection<String>> headers(HttpServletResponse response) {
		Map<String, Collection<String>> headers = new HashMap<>();
		for (String name : response.getHeaderNames()) {
			headers.put(name, new ArrayList<>(response.getHeaders(name)));
		}
		return headers;
	}

	/**
	 * The headers of a rendering to send again with the page: all the filters and the
	 * rendering set (the page is sent again before them), aside from the ETag, the
	 * length, the coding and cookies (set for each answer).
	 */
	private static List<Map.Entry<String, String>> kept(Map<String, Collection<String>> headers) {
		List<Map.Entry<String, String>> kept = new ArrayList<>();
		headers.forEach((name, values) -> {
			if (!name.equalsIgnoreCase(HttpHeaders.ETAG) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)
					&& !name.equalsIgnoreCase(HttpHeaders.SET_COOKIE)
					&& !name.equalsIgnoreCase(HttpHeaders.CONTENT_ENCODING)
					&& !name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
					&& !name.equalsIgnoreCase(HttpHeaders.CONTENT_LANGUAGE)) {
				values.forEach((value) -> kept.add(Map.entry(name, value)));
			}
		});
		return kept;
	}

}

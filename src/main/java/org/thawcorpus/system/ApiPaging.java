package org.thawcorpus.system;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Pages of a list in the JSON API. The body stays a plain array; where the list goes on,
 * an RFC 8288 {@code Link} header names the first, previous, next and last pages, and
 * {@code X-Total-Count} gives the number of items in all pages. The links are absolute
 * only where the site's public address is known ({@link PublicUrls}).
 */
public final class ApiPaging {

	/** Items in a page when the request does not say. */
	public static final int DEFAULT_SIZE = 100;

	/** The most items a request may ask for in one page. */
	public static final int MAX_SIZE = 1000;

	/** The header that carries the number of items in all pages. */
	public static final String TOTAL_COUNT = "X-Total-Count";

	private ApiPaging() {
	}

	/**
	 * The page a request asks for.
	 * @param page the 1-based page parameter
	 * @param size the page size parameter, 1 to {@value #MAX_SIZE}
	 * @throws BadRequestException if either is out of range
	 */
	public static Pageable request(int page, int size) {
		if (size < 1 || size > MAX_SIZE) {
			throw new BadRequestException(
					"The page size must be from 1 to " + MAX_SIZE + " items; " + size + " is not.");
		}
		return PageRequest.of(Pages.index(page), size);
	}

	/**
	 * A page as an array body with its {@code Link} and {@code X-Total-Count} headers.
	 */
	public static <T> ResponseEntity<List<T>> response(Page<T> page) {
		return ResponseEntity.ok().headers(headers(page)).body(page.getContent());
	}

	/** The {@code Link} and {@code X-Total-Count} headers of a page. */
	public static HttpHeaders headers(Page<?> page) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(TOTAL_COUNT, Long.toString(page.getTotalElements()));
		String links = links(page);
		if (!links.isEmpty()) {
			headers.set(HttpHeaders.LINK, links);
		}
		return headers;
	}

	private static String links(Page<?> page) {
		List<String> links = new ArrayList<>();
		int current = page.getNumber() + 1;
		int last = Math.max(page.getTotalPages(), 1);
		if (last == 1 && current == 1) {
			return "";
		}
		int size = page.getSize();
		links.add(link(1, size, "first"));
		if (current > 1) {
			links.add(link(Math.min(current - 1, last), size, "prev"));
		}
		if (current < last) {
			links.add(link(current + 1, size, "next"));
		}
		links.add(link(last, size, "last"));
		return String.join(", ", links);
	}

	private static String link(int page, int size, String rel) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		String path = UriComponentsBuilder
			.fromPath(request.getRequestURI().substring(request.getContextPath().length()))
			.query(request.getQueryString())
			.replaceQueryParam("size", size)
			.replaceQueryParam("page", page)
			.build()
			.toUriString();
		return "<" + PublicUrls.absolute(path) + ">; rel=\"" + rel + "\"";
	}

}

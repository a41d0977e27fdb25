package org.thawcorpus.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

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
		return headers(page.getNumber() + 1, Math.max(page.getTotalPages(), 1), page.getSize(),
				page.getTotalElements());
	}

	/**
	 * The {@code Link} and {@code X-Total-Count} headers of a page of a resource whose
	 * pages are cut by the application, not by a size the request gives.
	 * @param page the 1-based page
	 * @param pages the number of pages
	 * @param total the number of items in all pages
	 */
	public static HttpHeaders headers(int page, int pages, long total) {
		return headers(page, pages, null, total);
	}

	private static HttpHeaders headers(int current, int last, Integer size, long total) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(TOTAL_COUNT, Long.toString(total));
		if (last == 1 && current == 1) {
			return headers;
		}
		List<String> links = new ArrayList<>();
		links.add(link(1, size, "first"));
		if (current > 1) {
			links.add(link(Math.min(current - 1, last), size, "prev"));
		}
		if (current < last) {
			links.add(link(current + 1, size, "next"));
		}
		links.add(link(last, size, "last"));
		headers.set(HttpHeaders.LINK, String.join(", ", links));
		return headers;
	}

	private static String link(int page, Integer size, String rel) {
		return "<" + PublicUrls.absolute(Pages.address(page, size)) + ">; rel=\"" + rel + "\"";
	}

}

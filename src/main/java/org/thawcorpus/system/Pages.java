package org.thawcorpus.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads page numbers from request parameters: 1-based for readers, 0-based for
 * repositories. Page numbers stop at {@value #MAX_PAGE}, so that the offset of a page of
 * up to {@value #MAX_SIZE} items always fits the {@code int} a database query takes.
 */
public final class Pages {

	/** The highest page number accepted. */
	public static final int MAX_PAGE = 1_000_000;

	/** The most items a page may hold for its offset to fit whatever page number. */
	public static final int MAX_SIZE = Integer.MAX_VALUE / MAX_PAGE;

	private Pages() {
	}

	/**
	 * The 0-based index of a 1-based page parameter.
	 * @throws BadRequestException if the page is below 1 or above {@value #MAX_PAGE}
	 */
	public static int index(int page) {
		if (page < 1) {
			throw new BadRequestException("The page number must be 1 or more; " + page + " is not.");
		}
		if (page > MAX_PAGE) {
			throw new BadRequestException("The page number must be from 1 to "
					+ String.format(Locale.ROOT, "%,d", MAX_PAGE) + "; " + page + " is not.");
		}
		return page - 1;
	}

	/**
	 * Checks that a page of a list is not past its last page.
	 * @param page the page found
	 * @param one what one item of the list is called ("review with 5 stars")
	 * @param many what several are called ("reviews with 5 stars")
	 * @return the page
	 * @throws PastTheEndException if it is past the last page, saying how many pages
	 * there are and linking to the last
	 */
	public static <P extends Page<?>> P within(P page, String one, String many) {
		int last = Math.max(page.getTotalPages(), 1);
		if (page.getNumber() < last) {
			return page;
		}
		throw pastTheEnd(page.getTotalElements(), one, many, last, page.getNumber() + 1);
	}

	/**
	 * The answer to a page past the last of a list of the current request.
	 * @param total how many items the list holds in all its pages
	 * @param last the last page, 1 for an empty list
	 * @param asked the page asked for
	 */
	public static PastTheEndException pastTheEnd(long total, String one, String many, int last, int asked) {
		String items = (total == 0) ? "There are no " + many + ", so there is only page 1"
				: ((total == 1) ? "There is 1 " + one
						: "There are " + String.format(Locale.ROOT, "%,d", total) + " " + many) + " on " + last
						+ ((last == 1) ? " page" : " pages");
		return new PastTheEndException(items + "; there is no page " + asked + ".", last);
	}

	/**
	 * The address of the current request with another page (and page size, unless null),
	 * within the application, encoded.
	 */
	static String address(int page, Integer size) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		UriComponentsBuilder uri = UriComponentsBuilder
			.fromPath(request.getRequestURI().substring(request.getContextPath().length()))
			.query(request.getQueryString());
		if (size != null) {
			uri.replaceQueryParam("size", size);
		}
		return uri.replaceQueryParam("page", page).build().toUriString();
	}

}

package org.thawcorpus.system;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request's parameters before anything else does: the server cannot read a bad
 * %-escape, escaped bytes that are not UTF-8 or more parameters than it takes, and such a
 * request is answered with a 400 saying so (the error page, {@link ErrorPages}) instead
 * of reaching a page with some of its parameters silently dropped. A cache that runs
 * before it reads them through {@link #sorted(HttpServletRequest)}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ParameterCheck extends OncePerRequestFilter {

	static final String UNREADABLE = "The parameters of this address cannot be read: every % must be followed by two "
			+ "hexadecimal digits (as in %20), escaped text must be UTF-8, and an address takes at most a thousand "
			+ "parameters.";

	/** The request attribute that keeps the failure to read a request's parameters. */
	private static final String FAILED = ParameterCheck.class.getName() + ".failed";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (read(request) == null) {
			ErrorPages.reject(request, response, HttpServletResponse.SC_BAD_REQUEST, UNREADABLE);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * A request's parameters, decoded, as one text that does not depend on their order in
	 * the address or on how they were sent (a query string or parameters set in code):
	 * each {@code name=value}, escaped, sorted by name, a name's values in their order
	 * and joined by {@code &}; null if they cannot be read (this check answers such a
	 * request with a 400).
	 */
	public static String sorted(HttpServletRequest request) {
		Map<String, String[]> parameters = read(request);
		if (parameters == null) {
			return null;
		}
		StringBuilder sorted = new StringBuilder();
		new TreeMap<>(parameters).forEach((name, values) -> {
			for (String value : values) {
				if (!sorted.isEmpty()) {
					sorted.append('&');
				}
				sorted.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		return sorted.toString();
	}

	/**
	 * The parameters, or null if they cannot be read: the server throws only when it
	 * first reads them, so the failure is kept with the request for a later look.
	 */
	private static Map<String, String[]> read(HttpServletRequest request) {
		if (request.getAttribute(FAILED) != null) {
			return null;
		}
		try {
			return request.getParameterMap();
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			request.setAttribute(FAILED, ex);
			return null;
		}
	}

}

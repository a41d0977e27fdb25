package org.thawcorpus.system;

import java.io.IOException;

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
 * of reaching a page with some of its parameters silently dropped.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ParameterCheck extends OncePerRequestFilter {

	static final String UNREADABLE = "The parameters of this address cannot be read: every % must be followed by two "
			+ "hexadecimal digits (as in %20), escaped text must be UTF-8, and an address takes at most a thousand "
			+ "parameters.";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			ErrorPages.reject(request, response, HttpServletResponse.SC_BAD_REQUEST, UNREADABLE);
			return;
		}
		chain.doFilter(request, response);
	}

}

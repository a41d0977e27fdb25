package org.thawcorpus.system;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The {@code Cache-Control} of every response. Pages and JSON change only with an import,
 * so a browser keeps them but asks again each time ({@code no-cache}), and the weak ETag
 * of {@link WebCaching} turns an unchanged answer into a 304. Static files whose name
 * carries a hash of their content are kept a year unasked; errors are never kept.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class CacheHeaders extends OncePerRequestFilter {

	/** Answers a browser must ask for again before reusing. */
	public static final String REVALIDATE = "no-cache";

	/** Static files named by a hash of their content, which never change. */
	public static final String IMMUTABLE = "max-age=31536000, public, immutable";

	/** Error answers, and anything else no cache may keep. */
	public static final String NO_STORE = "no-store";

	/** A stylesheet or script named with the hash of its content ({@link WebCaching}). */
	private static final Pattern FINGERPRINTED = Pattern.compile("/(?:css|js)/[^/]+-[0-9a-f]{32}\\.(?:css|js)");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String policy = FINGERPRINTED.matcher(path).matches() ? IMMUTABLE : REVALIDATE;
		response.setHeader("Cache-Control", policy);
		chain.doFilter(request, new ErrorsNotStored(response, policy));
	}

	/** Marks a response as not to be stored once its status is an error. */
	private static final class ErrorsNotStored extends HttpServletResponseWrapper {

		private final String policy;

		ErrorsNotStored(HttpServletResponse response, String policy) {
			super(response);
			this.policy = policy;
		}

		@Override
		public void setStatus(int status) {
			super.setStatus(status);
			noStoreIfError(status);
		}

		@Override
		public void sendError(int status) throws IOException {
			noStoreIfError(status);
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			noStoreIfError(status);
			super.sendError(status, message);
		}

		@Override
		public void reset() {
			super.reset();
			setHeader("Cache-Control", this.policy);
		}

		private void noStoreIfError(int status) {
			if (status >= 400) {
				setHeader("Cache-Control", NO_STORE);
			}
		}

	}

}

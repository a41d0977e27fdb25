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
 * The security headers of every response: pages, API, static files, actuator and error
 * answers. The pages use no script and no inline style, and load nothing from another
 * origin, so the content security policy allows only the site's own stylesheet and
 * images.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeaders extends OncePerRequestFilter {

	/** The content security policy of every response. */
	public static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'none'", "script-src 'self'",
			"style-src 'self'", "img-src 'self'", "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'",
			"object-src 'none'");

	/** Powerful browser features, none of which the site uses. */
	public static final String PERMISSIONS_POLICY = String.join(", ", "accelerometer=()", "camera=()", "geolocation=()",
			"gyroscope=()", "magnetometer=()", "microphone=()", "payment=()", "usb=()");

	/** Sets the headers on a response (again, if they were set before). */
	public static void apply(HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		apply(response);
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}

package org.thawcorpus.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's public address for the absolute links it gives out: {@code thaw.base-url}
 * when set; else the request's own scheme, host and port when its host is one of
 * {@code thaw.allowed-hosts}; else none, and links stay relative. So a forged
 * {@code Host} header never reaches a permalink, an export or a {@code Link} header.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
@EnableConfigurationProperties(SiteProperties.class)
public class PublicUrls extends OncePerRequestFilter {

	private static final String PREFIX = PublicUrls.class.getName() + ".prefix";

	private final SiteProperties site;

	PublicUrls(SiteProperties site) {
		this.site = site;
	}

	/**
	 * The address of a path of the site for the current request: absolute where the
	 * site's address is known, relative otherwise.
	 * @param path a path within the application, starting with "/", already encoded
	 */
	public static String absolute(String path) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object prefix = (request != null) ? request.getAttribute(PREFIX, RequestAttributes.SCOPE_REQUEST) : null;
		return ((prefix != null) ? prefix.toString() : "") + path;
	}

	/**
	 * What the links answering a request that passed this filter are prefixed with, or
	 * null before it.
	 */
	public static String prefixOf(HttpServletRequest request) {
		Object prefix = request.getAttribute(PREFIX);
		return (prefix != null) ? prefix.toString() : null;
	}

	/** What the application's paths are prefixed with in links answering this request. */
	public String prefix(HttpServletRequest request) {
		String base = this.site.base();
		if (base != null) {
			return base;
		}
		if (request.getServerName() != null
				&& this.site.allowedHosts().contains(SiteProperties.host(request.getServerName()))) {
			return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		}
		return request.getContextPath();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		request.setAttribute(PREFIX, prefix(request));
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}

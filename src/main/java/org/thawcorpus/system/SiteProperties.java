package org.thawcorpus.system;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where readers reach the site, for the absolute links it gives out (permalinks, exports,
 * {@code Link} headers).
 *
 * @param baseUrl the public address of the site ({@code https://thaw.example.org}, or
 * with a path where a proxy serves it under one); when set, every absolute link starts
 * with it and the request's own host is never used
 * @param allowedHosts without a base URL, the hosts whose requests may name the site's
 * address; a request to any other host gets relative links
 */
@ConfigurationProperties("thaw")
public record SiteProperties(URI baseUrl, @DefaultValue( {
		"localhost", "127.0.0.1", "[::1]" }) List<String> allowedHosts){

	public SiteProperties {
		if (baseUrl != null) {
			String scheme = (baseUrl.getScheme() != null) ? baseUrl.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null
					|| baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
				throw new IllegalArgumentException("thaw.base-url must be an absolute http or https address such as "
						+ "https://thaw.example.org, without query or fragment; \"" + baseUrl + "\" is not.");
			}
		}
		allowedHosts = allowedHosts.stream().map(SiteProperties::host).toList();
	}

	/** A host name as compared: lower case, an IPv6 address without its brackets. */
	static String host(String name) {
		String host = name.strip().toLowerCase(Locale.ROOT);
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

	/** The base URL without a trailing slash, or null. */
	String base() {
		if (this.baseUrl == null) {
			return null;
		}
		String base = this.baseUrl.toString();
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

}

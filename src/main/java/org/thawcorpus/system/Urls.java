package org.thawcorpus.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.web.util.UriUtils;

/** Builds the app's addresses with every query value fully encoded ("+" included). */
public final class Urls {

	private Urls() {
	}

	/**
	 * A path with its parameters, skipping null values, and a fragment (or null).
	 * @param path the path, its segments already safe
	 * @param params names and values, in order
	 * @param fragment the fragment, or null
	 */
	public static String of(String path, Map<String, ?> params, String fragment) {
		StringBuilder url = new StringBuilder(path);
		char separator = '?';
		for (Map.Entry<String, ?> param : params.entrySet()) {
			if (param.getValue() == null) {
				continue;
			}
			url.append(separator)
				.append(param.getKey())
				.append('=')
				.append(URLEncoder.encode(String.valueOf(param.getValue()), StandardCharsets.UTF_8));
			separator = '&';
		}
		if (fragment != null) {
			url.append('#').append(UriUtils.encodeFragment(fragment, StandardCharsets.UTF_8));
		}
		return url.toString();
	}

	public static String segment(String value) {
		return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
	}

}

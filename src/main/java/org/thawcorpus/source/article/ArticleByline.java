package org.thawcorpus.source.article;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import org.thawcorpus.source.ParsedByline;
import org.thawcorpus.source.Values;
import org.thawcorpus.source.html.HtmlPage;

/**
 * Where a saved wiki article appeared and which version it is, as the page says: the
 * wiki's name (Open Graph's {@code og:site_name}, {@code application-name}, or what the
 * {@code <title>} adds to the heading: "Marina - Harvest Hollow Wiki"), the day its
 * footer says it was last edited, and its canonical address.
 */
final class ArticleByline {

	private static final Pattern LAST_EDITED = Pattern.compile("last (?:edited|modified) on (" + Values.DATE + ")",
			Pattern.CASE_INSENSITIVE);

	private static final List<String> SEPARATORS = List.of(" - ", " \u2013 ", " \u2014 ", " | ", " \u00b7 ");

	private ArticleByline() {
	}

	static ParsedByline of(HtmlPage page, String title) {
		return new ParsedByline(null, lastEdited(page), site(page, title), page.canonicalUrl().orElse(null));
	}

	private static String site(HtmlPage page, String title) {
		String named = page.meta("og:site_name").or(() -> page.meta("application-name")).orElse(null);
		if (named != null) {
			return named;
		}
		String documentTitle = page.documentTitle();
		for (String separator : SEPARATORS) {
			String prefix = title + separator;
			if (documentTitle.startsWith(prefix) && documentTitle.length() > prefix.length()) {
				return documentTitle.substring(prefix.length()).strip();
			}
		}
		return null;
	}

	private static LocalDate lastEdited(HtmlPage page) {
		Element footer = page.dom().selectFirst("#footer-info-lastmod, .lastmod, #lastmod");
		Matcher m = (footer != null) ? LAST_EDITED.matcher(footer.text()) : null;
		return (m != null && m.find()) ? Values.date(m.group(1)) : null;
	}

}

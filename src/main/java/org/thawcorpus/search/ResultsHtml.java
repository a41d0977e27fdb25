package org.thawcorpus.search;

import java.util.List;

import org.thawcorpus.markup.PassageHtml;

/**
 * Writes the repeated parts of a page of results as HTML in one pass, for the page to
 * include as it is: a document's hits with their lines in context, and a facet's values.
 * Every piece of a source's text and every attribute value is escaped here
 * ({@link PassageHtml#escape(String)}), so nothing of a source is ever live markup; the
 * lines' runs, stripped of their tags and read back, are the source's text, unaltered. A
 * page of 100 hits and 200 facet values is most of a results page's markup, which a
 * template engine writes element by element.
 */
public final class ResultsHtml {

	private final String contextPath;

	/**
	 * @param contextPath the application's context path ("" at the root)
	 */
	public ResultsHtml(String contextPath) {
		this.contextPath = contextPath;
	}

	/** A document's hits, each an item of a list: its label, a link, its lines. */
	public String hits(List<SearchHit> hits) {
		StringBuilder html = new StringBuilder(hits.size() * 640);
		for (SearchHit hit : hits) {
			html.append("<li class=\"hit\"><a class=\"hit-link\" href=\"")
				.append(href(hit.link()))
				.append("\">")
				.append(escape(hit.label()))
				.append("</a>");
			if (hit.citationId() != null) {
				html.append(" <a class=\"hit-extra\" href=\"")
					.append(href("/citations/" + hit.citationId()))
					.append("\">citation details</a>");
			}
			for (Snippet.Line line : hit.snippet().lines()) {
				line(line, html);
			}
			html.append("</li>\n");
		}
		return html.toString();
	}

	/** A line in context: the matches marked, "…" where text is left out. */
	static void line(Snippet.Line line, StringBuilder html) {
		html.append("<p class=\"kwic\">");
		if (line.cutBefore()) {
			html.append("<span class=\"cut\">…</span>");
		}
		for (Snippet.Run run : line.runs()) {
			String element = run.hit() ? "mark" : "span";
			html.append('<')
				.append(element)
				.append('>')
				.append(escape(run.text()))
				.append("</")
				.append(element)
				.append('>');
		}
		if (line.cutAfter()) {
			html.append("<span class=\"cut\">…</span>");
		}
		html.append("</p>");
	}

	/** A facet's values, each an item of a list: a link narrowing the search, a count. */
	public String values(FacetView facet) {
		StringBuilder html = new StringBuilder(facet.values().size() * 200);
		for (FacetView.Value value : facet.values()) {
			html.append("<li><a href=\"").append(href(value.link())).append('"');
			if (value.selected()) {
				html.append(" aria-current=\"true\"");
			}
			html.append("><span>")
				.append(escape(value.label()))
				.append("</span> <span class=\"count\">")
				.append(value.count())
				.append("</span></a></li>\n");
		}
		return html.toString();
	}

	/** The address of a path of the application, escaped for an attribute. */
	private String href(String path) {
		return escape(this.contextPath + path);
	}

	private static String escape(String text) {
		return PassageHtml.escape(text);
	}

}

package org.thawcorpus.markup;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.web.util.HtmlUtils;
import org.thawcorpus.citation.export.Formatted;
import org.thawcorpus.system.Urls;

/**
 * Writes passages as HTML in one pass, for a page to include as it is: every piece of a
 * source's text and every attribute value is escaped here ({@link #escape(String)}), so
 * nothing of a source is ever live markup; only the references' notes, which their
 * formatter escapes, are included as HTML. The text's runs, stripped of their tags and
 * read back, are the passage's text, unaltered.
 */
public final class PassageHtml {

	private final String contextPath;

	private final String slug;

	private final Map<String, Formatted> notes;

	private final UnaryOperator<String> entryLinks;

	/**
	 * @param contextPath the application's context path ("" at the root)
	 * @param slug the document's slug
	 * @param notes the notes shown on a citation marker's hover and focus, by citation id
	 * (a citation without one has no tip)
	 * @param entryLinks the address of an anchor of the document (a works-cited entry)
	 * from this page
	 */
	public PassageHtml(String contextPath, String slug, Map<String, Formatted> notes,
			UnaryOperator<String> entryLinks) {
		this.contextPath = contextPath;
		this.slug = slug;
		this.notes = notes;
		this.entryLinks = entryLinks;
	}

	/** The passages, one after another. */
	public String all(List<PassageView> passages) {
		StringBuilder html = new StringBuilder(passages.size() * 1024);
		passages.forEach((p) -> passage(p, html));
		return html.toString();
	}

	/**
	 * A passage: its number (a permalink), its anchor (a link to its source lines), a
	 * link to cite it, and its text.
	 */
	public String passage(PassageView passage) {
		StringBuilder html = new StringBuilder(1024);
		passage(passage, html);
		return html.toString();
	}

	private void passage(PassageView p, StringBuilder html) {
		String anchor = escape(p.anchor());
		String document = this.contextPath + "/documents/" + Urls.segment(this.slug);
		html.append("<div class=\"passage\" id=\"").append(anchor).append("\">\n  <div class=\"passage-margin\">\n");
		html.append("    <a class=\"passage-number\" href=\"#").append(anchor).append("\" aria-label=\"");
		if (p.number() != null) {
			html.append("Passage ").append(p.number()).append(", permalink\">").append(p.number());
		}
		else {
			html.append("Permalink to passage ").append(anchor).append("\">¶");
		}
		html.append("</a>\n    <a class=\"passage-anchor\" href=\"")
			.append(escape(document + "/source?lines=" + p.firstLine() + "-" + p.lastLine() + "#L" + p.firstLine()))
			.append("\"\n       aria-label=\"Source lines of passage ")
			.append(anchor)
			.append("\">")
			.append(anchor)
			.append("</a>\n    <a class=\"passage-cite\" href=\"")
			.append(escape(document + "/cite/" + Urls.segment(p.anchor())))
			.append("\"\n       aria-label=\"Cite passage ")
			.append(anchor)
			.append("\">cite</a>\n  </div>\n  <p class=\"passage-text\">");
		text(p, html);
		html.append("</p>\n</div>");
	}

	/**
	 * The passage's text as HTML: a run under an annotation a link to what it names, a
	 * search hit a {@code mark}, a run in another language or of a citation a
	 * {@code span} saying so, and each citation followed by its marker, its note and the
	 * link to its works-cited entry.
	 */
	public String text(PassageView passage) {
		StringBuilder html = new StringBuilder(passage.text().length() * 2);
		text(passage, html);
		return html.toString();
	}

	private void text(PassageView p, StringBuilder html) {
		for (SegmentRun run : p.runs()) {
			Mark annotation = run.annotation();
			if (annotation != null) {
				html.append("<a class=\"ann ann-")
					.append(escape(run.layer()))
					.append("\" href=\"")
					.append(escape(this.contextPath + run.href()))
					.append("\" aria-label=\"")
					.append(escape(run.text() + " (" + annotation.label() + ")"))
					.append("\" data-entity=\"")
					.append(escape(annotation.label()))
					.append("\">");
			}
			run.segments().forEach((s) -> segment(s, html));
			if (annotation != null) {
				html.append("</a>");
			}
			Mark citation = run.endingCitation();
			if (citation != null) {
				citation(p, citation, html);
			}
		}
	}

	private static void segment(Segment segment, StringBuilder html) {
		String element = segment.isHighlighted() ? "mark" : "span";
		html.append('<').append(element);
		if (segment.lang() != null) {
			html.append(" lang=\"").append(escape(segment.lang())).append('"');
		}
		if (!segment.isHighlighted() && segment.citation() != null) {
			html.append(" class=\"cited\" data-citation=\"").append(escape(segment.citation())).append('"');
		}
		html.append('>').append(escape(segment.text())).append("</").append(element).append('>');
	}

	private void citation(PassageView p, Mark citation, StringBuilder html) {
		String id = escape(citation.value());
		String label = escape(citation.label());
		Formatted note = this.notes.get(citation.value());
		html.append("<a class=\"cite-marker\" id=\"cite-")
			.append(id)
			.append("\" href=\"")
			.append(escape(this.contextPath + "/citations/" + Urls.segment(citation.value())))
			.append("\" aria-label=\"Citation ")
			.append(label)
			.append(", details\"");
		if (note != null) {
			html.append(" aria-describedby=\"cite-tip-").append(id).append('"');
		}
		html.append(">[").append(label).append("]</a>");
		if (note != null) {
			html.append("<span class=\"cite-tip\" role=\"tooltip\" id=\"cite-tip-")
				.append(id)
				.append("\">")
				.append(note.html())
				.append("</span>");
		}
		String entry = p.entryOf(citation.value());
		if (entry != null) {
			String link = this.entryLinks.apply(entry);
			html.append("<a class=\"cite-entry\" href=\"")
				.append(escape(link.startsWith("/") ? this.contextPath + link : link))
				.append("\" aria-label=\"Citation ")
				.append(label)
				.append(", its entry in the works cited\">↓</a>");
		}
	}

	/**
	 * Text or an attribute's value made safe to write into HTML: {@code & < > " '} become
	 * character references, nothing else changes.
	 */
	public static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}

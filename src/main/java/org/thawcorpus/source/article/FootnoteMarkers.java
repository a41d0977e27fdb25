package org.thawcorpus.source.article;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import org.thawcorpus.bibliography.CitationData;
import org.thawcorpus.bibliography.CitedEntry;
import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.source.html.HtmlPage;
import org.thawcorpus.source.html.TextBlock;

/**
 * The marks a wiki sets in its running text: footnote markers ("[3]", a superscript link
 * to an entry of a reference list) and editors' marks ("[citation needed]"), each found
 * by its markup and placed in the text of the block it stands in.
 */
final class FootnoteMarkers {

	private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");

	/** A footnote marker: its printed text and the id of the entry it links to. */
	private record Marker(String printed, String target) {

	}

	/** A works-cited entry a marker may point to. */
	record Target(String anchor, String raw, CitationData data) {

	}

	private final Map<Integer, List<Marker>> markers = new HashMap<>();

	private final Map<Integer, List<String>> editorMarks = new HashMap<>();

	private FootnoteMarkers() {
	}

	/** Finds the marks of a page's running text. */
	static FootnoteMarkers of(HtmlPage page, Element content) {
		FootnoteMarkers found = new FootnoteMarkers();
		for (Element link : content.select(WikiMarkup.MARKER_LINK)) {
			String printed = printed(link);
			page.blockOf(link)
				.filter((b) -> !printed.isEmpty())
				.ifPresent((block) -> found.markers.computeIfAbsent(block.number(), (n) -> new ArrayList<>())
					.add(new Marker(printed, link.attr("href").substring(1))));
		}
		for (Element mark : content.select(WikiMarkup.EDITOR_MARK)) {
			String printed = printed(mark);
			page.blockOf(mark)
				.filter((b) -> !printed.isEmpty())
				.ifPresent((block) -> found.editorMarks.computeIfAbsent(block.number(), (n) -> new ArrayList<>())
					.add(printed));
		}
		return found;
	}

	/** An element's text as the block holds it: white space collapsed, ends stripped. */
	private static String printed(Element e) {
		return SPACES.matcher(e.wholeText()).replaceAll(" ").strip();
	}

	/**
	 * The footnote markers of a block as citations at their offsets in its text, each
	 * with the fields of the entry it points to; markers whose entry the page lacks are
	 * left out.
	 * @param targets the entries by the id of their element
	 */
	List<FoundCitation> citations(TextBlock block, Map<String, Target> targets) {
		List<FoundCitation> citations = new ArrayList<>();
		String text = block.text();
		int from = 0;
		for (Marker marker : this.markers.getOrDefault(block.number(), List.of())) {
			int at = text.indexOf(marker.printed(), from);
			Target target = target(targets, marker.target());
			if (at < 0 || target == null) {
				continue;
			}
			int end = at + marker.printed().length();
			from = end;
			char open = marker.printed().charAt(0);
			char close = marker.printed().charAt(marker.printed().length() - 1);
			boolean opened = "([{".indexOf(open) >= 0;
			boolean closed = opened && ")]}".indexOf(close) >= 0;
			citations.add(new FoundCitation(at, end, marker.printed(), opened ? open : 0, closed ? close : 0,
					target.data(), new CitedEntry(target.anchor(), target.raw())));
		}
		return citations;
	}

	/** The printed ids of the markers in a block whose entry the page lacks. */
	List<String> unresolved(TextBlock block, Map<String, Target> targets) {
		return this.markers.getOrDefault(block.number(), List.of())
			.stream()
			.filter((m) -> target(targets, m.target()) == null)
			.map(Marker::printed)
			.toList();
	}

	/** The editors' marks of a block as printed ("[citation needed]"), in order. */
	List<String> editorMarks(TextBlock block) {
		return this.editorMarks.getOrDefault(block.number(), List.of());
	}

	private static Target target(Map<String, Target> targets, String id) {
		Target target = targets.get(id);
		if (target == null && id.indexOf('%') >= 0) {
			try {
				target = targets.get(URLDecoder.decode(id, StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return target;
	}

}

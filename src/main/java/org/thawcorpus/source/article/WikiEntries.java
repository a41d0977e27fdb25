package org.thawcorpus.source.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import org.thawcorpus.bibliography.CitationData;
import org.thawcorpus.bibliography.CitationParser;
import org.thawcorpus.bibliography.CoinsReader;
import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.WorksCited;
import org.thawcorpus.source.html.HtmlPage;
import org.thawcorpus.source.html.TextBlock;

/**
 * Reads the entries of a wiki's works-cited lists: each entry one passage holding one
 * citation, which spans the entry without the back-links it opens with ("^ a b", "↑");
 * the citation's fields come from the entry's COinS where it has one, the rest from its
 * printed text. A short-form entry ("Danilova 1997, p. 12.") that links to the full
 * citation in another entry takes that citation's fields ({@link #shortForms()}).
 */
final class WikiEntries {

	private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");

	private final HtmlPage page;

	private final List<SourceNote> notes;

	/** The entry that holds each formatted citation, by the citation's id. */
	private final Map<String, String> citations = new HashMap<>();

	/** Each entry's fields, by anchor. */
	private final Map<String, CitationData> fields = new HashMap<>();

	/** The ids each entry without a formatted citation of its own links to, by anchor. */
	private final Map<String, List<String>> links = new LinkedHashMap<>();

	WikiEntries(HtmlPage page, List<SourceNote> notes) {
		this.page = page;
		this.notes = notes;
	}

	/**
	 * One entry over consecutive blocks.
	 * @param anchor the entry's anchor ("w3")
	 * @param run the entry's blocks, consecutive, none of them furniture
	 * @param container the element the entry is ({@code li}), where its back-links and
	 * COinS are found
	 */
	ParsedPassage entry(String anchor, List<TextBlock> run, Element container) {
		int first = run.get(0).number();
		int last = run.get(run.size() - 1).number();
		ParsedPassage printed = WorksCited.entry(anchor, this.page.lines(), first, last);
		if (printed.citations().isEmpty()) {
			return printed;
		}
		String text = printed.text();
		FoundCitation parsed = printed.citations().get(0);
		int start = start(text, container, parsed.start(), parsed.end());
		String raw = text.substring(start, parsed.end());
		CitationData data = CitationParser.parse(printedCitation(container, first, last, raw));
		List<Element> coins = within(container, WikiMarkup.COINS, first, last);
		if (!coins.isEmpty()) {
			data = CoinsReader.over(coins.get(0).attr("title"), data);
		}
		if (coins.size() > 1) {
			this.notes.add(new SourceNote(first, NoteKind.CITATION_UNCERTAIN, "Entry " + anchor + " cites "
					+ coins.size() + " works; its citation carries the first one's fields only."));
		}
		remember(anchor, container, first, last, data);
		FoundCitation citation = new FoundCitation(start, parsed.end(), raw, (char) 0, (char) 0, data);
		return new ParsedPassage(anchor, text, first, last, List.of(citation));
	}

	private void remember(String anchor, Element container, int first, int last, CitationData data) {
		this.fields.put(anchor, data);
		List<Element> cites = within(container, "cite", first, last);
		for (Element cite : cites) {
			if (!cite.id().isEmpty()) {
				this.citations.putIfAbsent(cite.id(), anchor);
			}
		}
		if (cites.isEmpty()) {
			this.links.put(anchor,
					within(container, "a[href^=#]", first, last).stream()
						.map((a) -> a.attr("href").substring(1))
						.toList());
		}
	}

	/**
	 * The fields of each short-form entry ("Danilova 1997, p. 12.") that links to a full
	 * citation in another entry: the full citation's, with the short form's pages where
	 * it gives some. Read after all entries.
	 * @return the fields by the short-form entry's anchor
	 */
	Map<String, CitationData> shortForms() {
		Map<String, CitationData> resolved = new HashMap<>();
		for (Map.Entry<String, List<String>> entry : this.links.entrySet()) {
			String full = entry.getValue()
				.stream()
				.map(this.citations::get)
				.filter((anchor) -> anchor != null && !anchor.equals(entry.getKey()))
				.findFirst()
				.orElse(null);
			if (full != null) {
				CitationData work = this.fields.get(full);
				String pages = this.fields.get(entry.getKey()).pages();
				resolved.put(entry.getKey(),
						new CitationData(work.authors(), work.editors(), work.translators(), work.year(), work.title(),
								work.publisher(), work.place(), (pages != null) ? pages : work.pages(), work.isbn(),
								work.uncertain()));
			}
		}
		return resolved;
	}

	/**
	 * Where the citation starts: after the entry's back-links when the entry opens with
	 * them, else where the text reader would start it.
	 */
	private static int start(String text, Element container, int printedStart, int end) {
		Element backlink = (container != null) ? container.selectFirst(WikiMarkup.BACKLINK) : null;
		if (backlink == null) {
			return printedStart;
		}
		String links = SPACES.matcher(backlink.wholeText()).replaceAll(" ").strip();
		int lead = text.length() - text.stripLeading().length();
		if (links.isEmpty() || !text.startsWith(links, lead)) {
			return printedStart;
		}
		int start = lead + links.length();
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		return (start < end) ? start : printedStart;
	}

	/**
	 * The text the citation's fields are parsed from: the entry's formatted citation
	 * ({@code <cite>}) when it has one, without the remarks that may follow it, else the
	 * citation's text.
	 */
	private String printedCitation(Element container, int first, int last, String raw) {
		List<Element> cites = within(container, "cite", first, last);
		String cited = cites.isEmpty() ? "" : SPACES.matcher(cites.get(0).wholeText()).replaceAll(" ").strip();
		return cited.isEmpty() ? raw.replaceAll("[ \\t]*\\R\\s*", " ") : cited;
	}

	/**
	 * The elements of the container that stand in the entry's own blocks; an element
	 * without text (a COinS span may be empty) counts as standing in the container's
	 * first block.
	 */
	private List<Element> within(Element container, String selector, int first, int last) {
		List<Element> found = new ArrayList<>();
		if (container == null) {
			return found;
		}
		int firstOfContainer = this.page.within(container)
			.stream()
			.filter((b) -> !b.isFurniture())
			.mapToInt(TextBlock::number)
			.findFirst()
			.orElse(-1);
		for (Element span : container.select(selector)) {
			int block = this.page.blockOf(span).map(TextBlock::number).orElse(firstOfContainer);
			if (block >= first && block <= last) {
				found.add(span);
			}
		}
		return found;
	}

}

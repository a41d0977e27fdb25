package org.thawcorpus.citation.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Formats references in the {@link CitationStyle}s with citeproc-java: the note or
 * in-text citation with the place cited, and the bibliography entry of the work, each as
 * safe HTML (italics kept) and as plain text. A style is loaded on first use (about a
 * second) and kept; calls on one style are serialised. Formatted references are kept in a
 * bounded cache, since the same citations are shown again and again.
 */
public final class ReferenceFormatter {

	/**
	 * Stands for a locator a style cannot label (a paragraph in Chicago's styles, whose
	 * label citeproc-java drops; an entry of a list in any style): rendered as a page,
	 * then replaced, with any page label before it, by "para. 5" or the entry's words.
	 */
	private static final String SENTINEL = "987654321987";

	/** The sentinel with the page label a style may print before it ("p. "). */
	private static final Pattern PAGE_LABEL_AND_SENTINEL = Pattern
		.compile("(?:\\bpp?\\.(?:\\s|&nbsp;|\u00a0)*)?" + SENTINEL);

	private static final int CACHED = 5000;

	private static final Safelist INLINE = Safelist.none().addTags("i", "b", "sup", "sub");

	private final Map<CitationStyle, Engine> engines = new EnumMap<>(CitationStyle.class);

	private final Map<Key, StyledReference> cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, StyledReference> eldest) {
			return size() > CACHED;
		}

	});

	/** The reference in a style. */
	public StyledReference format(Reference reference, CitationStyle style) {
		Key key = new Key(reference, style);
		StyledReference found = this.cache.get(key);
		if (found == null) {
			found = engine(style).format(reference);
			this.cache.put(key, found);
		}
		return found;
	}

	/** The reference in every style, in the order of {@link CitationStyle}. */
	public List<StyledReference> formatAll(Reference reference) {
		return java.util.Arrays.stream(CitationStyle.values()).map((s) -> format(reference, s)).toList();
	}

	private synchronized Engine engine(CitationStyle style) {
		return this.engines.computeIfAbsent(style, Engine::new);
	}

	/** Cleans citeproc-java's HTML: italics and bold as elements, nothing else. */
	static Formatted clean(String html) {
		// citeproc-java leaves an empty element's delimiters when one person both edited
		// and
		// translated a book ("1944-1956, , trans."; "1944-1956. . Translated by").
		Document dirty = Jsoup.parseBodyFragment(html.replace(", , ", ", ").replace(". . ", ". "));
		for (Element span : dirty.body().select("span[style]")) {
			String style = span.attr("style").replace(" ", "");
			if (style.contains("font-style:italic")) {
				span.tagName("i");
			}
			else if (style.contains("font-weight:bold")) {
				span.tagName("b");
			}
			else {
				span.unwrap();
			}
		}
		Document clean = new Cleaner(INLINE).clean(dirty);
		clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
		String body = clean.body().html().strip();
		return new Formatted(body, clean.body().text().strip());
	}

	private record Key(Reference reference, CitationStyle style) {

	}

	/** One style, loaded, with the items of the current call. */
	private static final class Engine implements ItemDataProvider {

		private static final String ID = "item";

		private final CitationStyle style;

		private final CSL csl;

		private Map<String, CSLItemData> items = Map.of();

		Engine(CitationStyle style) {
			this.style = style;
			try {
				this.csl = new CSL(this, style.file(), "en-US");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		synchronized StyledReference format(Reference reference) {
			this.items = Map.of(ID, CslItems.of(reference, ID));
			this.csl.reset();
			this.csl.setOutputFormat("html");
			this.csl.registerCitationItems(ID);
			CSLCitationItemBuilder item = new CSLCitationItemBuilder(ID);
			Locator locator = reference.locator();
			boolean sentinel = locator != null && locator.label() != Locator.Label.PAGE
					&& (!this.style.labelsLocators() || locator.label().csl() == null);
			if (sentinel) {
				item.locator(SENTINEL).label(CSLLabel.PAGE);
			}
			else if (locator != null) {
				item.locator(locator.value()).label(CSLLabel.fromString(locator.label().csl()));
			}
			String citation = this.csl.makeCitation(new CSLCitation(item.build())).get(0).getText();
			if (sentinel) {
				citation = PAGE_LABEL_AND_SENTINEL.matcher(citation)
					.replaceAll(Matcher.quoteReplacement(Entities.escape(locator.shortForm())));
			}
			String[] entries = this.csl.makeBibliography().getEntries();
			return new StyledReference(this.style, clean(citation), (entries.length > 0) ? clean(entries[0]) : null);
		}

		@Override
		public CSLItemData retrieveItem(String id) {
			return this.items.get(id);
		}

		@Override
		public Collection<String> getIds() {
			return this.items.keySet();
		}

	}

}

package org.thawcorpus.citation.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;

/**
 * Formats references as Chicago-style bibliography entries in plain text, with
 * citeproc-java and a Chicago style from the citationstyles jar. By default the notes and
 * bibliography style of the 18th edition with access dates, which historians quoting web
 * copies need. One formatter keeps its style loaded; calls are serialised.
 */
public final class ChicagoFormatter {

	/** Notes and bibliography, 18th edition, access dates shown. */
	public static final String NOTES_BIBLIOGRAPHY = "chicago-notes-bibliography-access-dates";

	/** Author-date, 18th edition, access dates shown. */
	public static final String AUTHOR_DATE = "chicago-author-date-access-dates";

	private final Items items = new Items();

	private final CSL csl;

	public ChicagoFormatter() {
		this(NOTES_BIBLIOGRAPHY);
	}

	/** A formatter for another style of the citationstyles jar, named without ".csl". */
	public ChicagoFormatter(String style) {
		try {
			this.csl = new CSL(this.items, style, "en-US");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The bibliography entry for one reference, without a line break. */
	public String format(Reference reference) {
		return format(List.of(reference)).get(0);
	}

	/** The bibliography entries for the references, in the style's order. */
	public synchronized List<String> format(List<Reference> references) {
		if (references.isEmpty()) {
			return List.of();
		}
		List<String> keys = ReferenceKeys.of(references);
		Map<String, CSLItemData> byKey = new LinkedHashMap<>();
		for (int i = 0; i < references.size(); i++) {
			byKey.put(keys.get(i), CslItems.of(references.get(i), keys.get(i)));
		}
		this.items.replace(byKey);
		this.csl.reset();
		this.csl.setOutputFormat("text");
		this.csl.registerCitationItems(keys);
		return Arrays.stream(this.csl.makeBibliography().getEntries()).map(ChicagoFormatter::tidy).toList();
	}

	/**
	 * Trims the entry and drops the empty element citeproc-java leaves when the same
	 * person edited and translated a book ("Title. . Translated by").
	 */
	private static String tidy(String entry) {
		return entry.strip().replace(". . ", ". ");
	}

	/** The items of the current call. */
	private static final class Items implements ItemDataProvider {

		private Map<String, CSLItemData> items = Map.of();

		void replace(Map<String, CSLItemData> items) {
			this.items = items;
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

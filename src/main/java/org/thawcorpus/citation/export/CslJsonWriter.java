package org.thawcorpus.citation.export;

import java.util.ArrayList;
import java.util.List;

import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;

/**
 * Writes references as CSL-JSON: an array of items with {@code author}, {@code editor}
 * and {@code translator} as {family, given} or {literal} objects, {@code issued} as
 * {@code {"date-parts": [[year]]}}, {@code ISBN}, {@code page}, {@code publisher-place}.
 * Serialised by citeproc-java.
 */
public final class CslJsonWriter {

	private CslJsonWriter() {
	}

	/** An array holding the one item. */
	public static String write(Reference reference) {
		return write(List.of(reference));
	}

	/** An array of the items in order, one a line, with ids made unique. */
	public static String write(List<Reference> references) {
		List<String> keys = ReferenceKeys.of(references);
		StringJsonBuilderFactory json = new StringJsonBuilderFactory();
		List<String> items = new ArrayList<>();
		for (int i = 0; i < references.size(); i++) {
			items.add((String) CslItems.of(references.get(i), keys.get(i)).toJson(json.createJsonBuilder()));
		}
		return items.isEmpty() ? "[]\n" : "[\n" + String.join(",\n", items) + "\n]\n";
	}

}

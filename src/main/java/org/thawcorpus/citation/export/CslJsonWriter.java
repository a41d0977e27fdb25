package org.thawcorpus.citation.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes references as CSL-JSON, indented to be read: an array of items with
 * {@code author}, {@code editor}, {@code translator} and {@code reviewed-author} as
 * {family, given} or {literal} objects, {@code issued} as {@code {"date-parts": [[year,
 * month, day]]}} as far as known, {@code number-of-pages} for a book, {@code page} only
 * for the pages of a part within a whole. A page or paragraph cited is the item's
 * {@code locator} and {@code label}, the keys of a CSL citation item, never a field of
 * the work. Items are serialised by citeproc-java, then indented.
 */
public final class CslJsonWriter {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private CslJsonWriter() {
	}

	/** An array holding the one item. */
	public static String write(Reference reference) {
		return write(List.of(reference));
	}

	/** An array of the items in order, with ids made unique. */
	public static String write(List<Reference> references) {
		List<String> keys = ReferenceKeys.of(references);
		MapJsonBuilderFactory maps = new MapJsonBuilderFactory();
		List<Object> items = new ArrayList<>();
		for (int i = 0; i < references.size(); i++) {
			Reference reference = references.get(i);
			@SuppressWarnings("unchecked")
			Map<String, Object> item = (Map<String, Object>) CslItems.of(reference, keys.get(i))
				.toJson(maps.createJsonBuilder());
			if (reference.locator() != null) {
				item.put("locator", reference.locator().value());
				item.put("label", reference.locator().label().csl());
			}
			items.add(item);
		}
		return JSON.writeValueAsString(items) + "\n";
	}

}

package org.thawcorpus.importer;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * A value too long for its column, found before it was stored: which column, how long,
 * and the entity it belongs to, so that the import can name the line.
 */
public class ValueTooLongException extends RuntimeException {

	/** Whose value a table's row holds, as a sentence names it. */
	private static final Map<String, String> OWNERS = Map.ofEntries(Map.entry("documents", "The document's"),
			Map.entry("sections", "A section's"), Map.entry("passages", "A passage's"),
			Map.entry("reviews", "A review's"), Map.entry("comments", "A comment's"),
			Map.entry("citations", "A citation's"), Map.entry("citation_contributors", "A cited person's"),
			Map.entry("document_notes", "A note's"), Map.entry("source_lines", "A line's"),
			Map.entry("book_details", "The book's"), Map.entry("annotations", "An annotation's"),
			Map.entry("import_records", "The import record's"), Map.entry("import_record_warnings", "A warning's"),
			Map.entry("import_record_unaccounted", "A line's"));

	private static final Map<String, String> COLUMNS = Map.of("raw", "text", "matched_text", "text", "literal", "name",
			"byline_author", "author", "byline_site", "site");

	private final transient Object entity;

	private final String table;

	private final String column;

	ValueTooLongException(String table, String column, int length, int limit, Object entity) {
		super(String.format("%s is %,d characters long, over the %,d the database holds for it.", what(table, column),
				length, limit));
		this.entity = entity;
		this.table = table;
		this.column = column;
	}

	ValueTooLongException(String table, String column, String value, int digits, Object entity) {
		super(what(table, column) + " is " + abbreviate(value) + ", a number of more than " + digits
				+ " digits before the decimal point, which the database cannot hold.");
		this.entity = entity;
		this.table = table;
		this.column = column;
	}

	/** Whether the value is a document's title (which has no line of its own). */
	boolean isDocumentTitle() {
		return this.table.equals("documents") && this.column.equals("title");
	}

	private static String what(String table, String column) {
		String field = COLUMNS.getOrDefault(column, column.replace('_', ' '));
		return OWNERS.getOrDefault(table, "A value of " + table.replace('_', ' ') + ":") + " " + field;
	}

	private static String abbreviate(String value) {
		return (value.length() <= 40) ? value : value.substring(0, 40) + "…";
	}

	/**
	 * The source line the value comes from: the entity's first line, heading line or
	 * line, or its passage's; null if it has none.
	 */
	public Integer line() {
		return line(this.entity, 0);
	}

	private static Integer line(Object entity, int depth) {
		if (entity == null || depth > 2) {
			return null;
		}
		for (String name : new String[] { "firstLine", "headingLine", "line" }) {
			Object value = field(entity, name);
			if (value instanceof Integer line && line > 0) {
				return line;
			}
		}
		return line(field(entity, "passage"), depth + 1);
	}

	private static Object field(Object entity, String name) {
		for (Class<?> c = entity.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
			try {
				Field field = c.getDeclaredField(name);
				field.setAccessible(true);
				return field.get(entity);
			}
			catch (NoSuchFieldException ex) {
				// Look in the superclass.
			}
			catch (IllegalAccessException ex) {
				return null;
			}
		}
		return null;
	}

}

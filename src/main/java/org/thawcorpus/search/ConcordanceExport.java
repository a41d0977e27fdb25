package org.thawcorpus.search;

import java.util.List;
import java.util.Locale;

/**
 * A concordance written out whole: CSV (RFC 4180, UTF-8, a header row; the columns
 * {@code document, anchor, left, hit, right, line}, then {@code title, part, label, url})
 * or JSON lines. A cell that a spreadsheet would read as a formula (starting with =,
 * +, @, a tab or a carriage return) is written after an apostrophe.
 */
final class ConcordanceExport {

	static final List<String> COLUMNS = List.of("document", "anchor", "left", "hit", "right", "line", "title", "part",
			"label", "url");

	private ConcordanceExport() {
	}

	static String csv(List<ConcordanceLine> lines) {
		StringBuilder out = new StringBuilder(lines.size() * 200 + 100);
		row(out, COLUMNS);
		for (ConcordanceLine l : lines) {
			row(out, List.of(l.document(), l.anchor(), l.left(), l.hit(), l.right(),
					(l.line() != null) ? l.line().toString() : "", l.title(), l.part().name().toLowerCase(Locale.ROOT),
					l.label(), l.permalink()));
		}
		return out.toString();
	}

	private static void row(StringBuilder out, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(cell(cells.get(i)));
		}
		out.append("\r\n");
	}

	static String cell(String value) {
		String v = (value != null) ? value : "";
		if (!v.isEmpty() && "=+@\t\r".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
				|| v.startsWith(" ") || v.endsWith(" ")) {
			return "\"" + v.replace("\"", "\"\"") + "\"";
		}
		return v;
	}

	/**
	 * A file name for an export of a query's concordance:
	 * "concordance-secret-speech.csv".
	 */
	static String fileName(String query, String format) {
		String words = query.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
		if (words.length() > 60) {
			words = words.substring(0, 60);
		}
		return "concordance" + (words.isEmpty() ? "" : "-" + words) + "." + format;
	}

	/** A line of the JSON export. */
	record LineJson(String document, String anchor, String left, String hit, String right, Integer line, String title,
			String part, String label, String url) {

		static LineJson of(ConcordanceLine l) {
			return new LineJson(l.document(), l.anchor(), l.left(), l.hit(), l.right(), l.line(), l.title(),
					l.part().name().toLowerCase(Locale.ROOT), l.label(), l.permalink());
		}

	}

}

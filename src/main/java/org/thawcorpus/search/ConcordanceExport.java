package org.thawcorpus.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.AbstractList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

/**
 * A concordance written out whole, a line at a time as it is sent: CSV (RFC 4180, UTF-8,
 * a header row; the columns {@code document, anchor, left, hit, right, line}, then
 * {@code title, part, label, url}) or JSON lines. A cell that a spreadsheet would read as
 * a formula (starting with =, +, @, a tab or a carriage return) is written after an
 * apostrophe.
 */
final class ConcordanceExport {

	static final List<String> COLUMNS = List.of("document", "anchor", "left", "hit", "right", "line", "title", "part",
			"label", "url");

	private ConcordanceExport() {
	}

	static void csv(List<ConcordanceLine> lines, Writer out) throws IOException {
		row(out, COLUMNS);
		for (ConcordanceLine l : lines) {
			row(out, List.of(l.document(), l.anchor(), l.left(), l.hit(), l.right(),
					(l.line() != null) ? l.line().toString() : "", l.title(), l.part().name().toLowerCase(Locale.ROOT),
					l.label(), l.permalink()));
		}
		out.flush();
	}

	/**
	 * The JSON export: {@code {query, total, lines: [...]}}, each line made as it is
	 * written.
	 */
	static void json(JsonMapper mapper, String query, List<ConcordanceLine> lines, OutputStream out) {
		List<LineJson> shown = new AbstractList<>() {

			@Override
			public LineJson get(int index) {
				return LineJson.of(lines.get(index));
			}

			@Override
			public int size() {
				return lines.size();
			}

		};
		mapper.writeValue(out, new Json(query, lines.size(), shown));
	}

	private static void row(Writer out, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(cell(cells.get(i)));
		}
		out.write("\r\n");
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

	/** The whole concordance of a search. */
	record Json(String query, int total, List<LineJson> lines) {

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

package org.thawcorpus.importer;

import java.util.Locale;
import java.util.Set;

/**
 * Where a source nests deepest: brackets in a text copy, elements in a saved page. Used
 * to name the line of a file that a reader could not follow.
 */
final class Nesting {

	/** Elements that never hold others, so never nest. */
	private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
			"meta", "param", "source", "track", "wbr", "!doctype");

	/** How far a tag's closing ">" is looked for. */
	private static final int MAX_TAG = 2000;

	private Nesting() {
	}

	/** The 1-based line on which the nesting is deepest (the first such line). */
	static int deepestLine(String text, boolean page) {
		int depth = 0;
		int deepest = 0;
		int deepestLine = 1;
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
				continue;
			}
			int change = page ? tag(text, i) : bracket(c);
			depth = Math.max(0, depth + change);
			if (depth > deepest) {
				deepest = depth;
				deepestLine = line;
			}
		}
		return deepestLine;
	}

	private static int bracket(char c) {
		return switch (c) {
			case '(', '[', '{' -> 1;
			case ')', ']', '}' -> -1;
			default -> 0;
		};
	}

	private static int tag(String text, int i) {
		if (text.charAt(i) != '<' || i + 1 >= text.length()) {
			return 0;
		}
		if (text.charAt(i + 1) == '/') {
			return -1;
		}
		int end = i + 1;
		while (end < text.length() && end - i < 12 && (Character.isLetterOrDigit(text.charAt(end))
				|| text.charAt(end) == '!' || text.charAt(end) == '-')) {
			end++;
		}
		String name = text.substring(i + 1, end).toLowerCase(Locale.ROOT);
		if (name.isEmpty() || name.startsWith("!--") || VOID.contains(name) || !Character.isLetter(name.charAt(0))) {
			return 0;
		}
		int close = end;
		while (close < text.length() && close - end < MAX_TAG && text.charAt(close) != '>') {
			close++;
		}
		return (close < text.length() && text.charAt(close) == '>' && text.charAt(close - 1) == '/') ? 0 : 1;
	}

}

package org.thawcorpus.annotation;

/**
 * A mention in its context, keyword-in-context style: up to a given number of characters
 * either side, cut at a word boundary, with an ellipsis where the passage goes on. Line
 * breaks become spaces.
 *
 * @param before the text before the mention
 * @param mention the mention
 * @param after the text after it
 */
public record Kwic(String before, String mention, String after) {

	/**
	 * The mention at [start, end) of a passage's text, with {@code width} characters of
	 * context each side.
	 */
	public static Kwic of(String text, int start, int end, int width) {
		int from = Math.max(0, start - width);
		if (from > 0) {
			int space = text.indexOf(' ', from);
			from = (space >= 0 && space < start) ? space + 1 : from;
		}
		int to = Math.min(text.length(), end + width);
		if (to < text.length()) {
			int space = text.lastIndexOf(' ', to);
			to = (space > end) ? space : to;
		}
		String before = ((from > 0) ? "…" : "") + flat(text.substring(from, start));
		String after = flat(text.substring(end, to)) + ((to < text.length()) ? "…" : "");
		return new Kwic(before, flat(text.substring(start, end)), after);
	}

	private static String flat(String text) {
		return text.replace('\n', ' ');
	}

}

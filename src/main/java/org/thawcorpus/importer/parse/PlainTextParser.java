package org.thawcorpus.importer.parse;

import org.thawcorpus.document.SectionRole;

import org.thawcorpus.document.LineRole;

import java.util.ArrayList;
import java.util.List;

import org.thawcorpus.citation.parse.CitationFinder;
import org.thawcorpus.document.DocumentKind;

/**
 * Parses a text that matches no kind of page: blank-line separated paragraphs become
 * passages; a short first line standing alone becomes the title.
 */
public final class PlainTextParser implements SourceParser {

	static final int TITLE_MAX_LENGTH = 120;

	@Override
	public ParsedDocument parse(SourceLines lines) {
		LineLedger ledger = new LineLedger(lines);
		int first = lines.nextNonBlank(1);
		String title = null;
		int bodyStart = 1;
		if (first > 0 && isStandaloneTitle(lines, first)) {
			title = lines.line(first).strip();
			ledger.assign(first, LineRole.TITLE, "title", null);
			bodyStart = first + 1;
		}
		List<ParsedPassage> passages = new ArrayList<>();
		int n = lines.nextNonBlank(bodyStart);
		while (n > 0) {
			int last = n;
			while (last < lines.count() && !lines.isBlank(last + 1)) {
				last++;
			}
			String anchor = "p" + (passages.size() + 1);
			String text = String.join("\n", lines.all().subList(n - 1, last));
			passages.add(new ParsedPassage(anchor, text, n, last, CitationFinder.scan(text).citations()));
			ledger.assignRange(n, last, LineRole.PASSAGE, null, anchor);
			n = lines.nextNonBlank(last + 1);
		}
		if (title == null) {
			title = passages.isEmpty() ? "(untitled)" : excerpt(passages.get(0).text());
		}
		List<ParsedSection> sections = passages.isEmpty() ? List.of()
				: List.of(new ParsedSection(null, null, SectionRole.BODY, passages));
		return new ParsedDocument(DocumentKind.TEXT, title, sections, List.of(), List.of(), null, null, List.of(),
				ledger.uses());
	}

	private static boolean isStandaloneTitle(SourceLines lines, int n) {
		String text = lines.trimmed(n);
		boolean alone = n == lines.count() || lines.isBlank(n + 1);
		return alone && text.length() <= TITLE_MAX_LENGTH && !text.matches(".*[.!?;:,]$")
				&& lines.nextNonBlank(n + 1) > 0;
	}

	/**
	 * The first line of a text, shortened at a word to at most {@link #TITLE_MAX_LENGTH}.
	 */
	static String excerpt(String text) {
		String firstLine = text.lines().findFirst().orElse("").strip();
		if (firstLine.length() <= TITLE_MAX_LENGTH) {
			return firstLine;
		}
		int cut = firstLine.lastIndexOf(' ', TITLE_MAX_LENGTH);
		return firstLine.substring(0, (cut > 40) ? cut : TITLE_MAX_LENGTH) + "…";
	}

}

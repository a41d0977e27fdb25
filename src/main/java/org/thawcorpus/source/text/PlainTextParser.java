package org.thawcorpus.source.text;

import java.util.ArrayList;
import java.util.List;

import org.thawcorpus.bibliography.CitationFinder;
import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.Titles;

/**
 * Parses a text that matches no kind of page: blank-line separated paragraphs become
 * passages; a short first line standing alone becomes the title.
 */
final class PlainTextParser {

	ParsedDocument parse(SourceLines lines) {
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
			title = passages.isEmpty() ? "(untitled)" : Titles.excerpt(passages.get(0).text());
		}
		List<ParsedSection> sections = passages.isEmpty() ? List.of()
				: List.of(new ParsedSection(null, null, SectionRole.BODY, passages));
		return new ParsedDocument(TextKind.KIND, title, sections, List.of(), List.of(), ledger.uses());
	}

	private static boolean isStandaloneTitle(SourceLines lines, int n) {
		String text = lines.trimmed(n);
		boolean alone = n == lines.count() || lines.isBlank(n + 1);
		return alone && text.length() <= Titles.MAX_LENGTH && !text.matches(".*[.!?;:,]$")
				&& lines.nextNonBlank(n + 1) > 0;
	}

}

package org.thawcorpus.source.text;

import java.util.ArrayList;
import java.util.List;

import org.thawcorpus.bibliography.CitationFinder;
import org.thawcorpus.source.FurnitureWords;
import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.OriginalText;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.TextFurniture;
import org.thawcorpus.source.TextPage;
import org.thawcorpus.source.TitleRules;
import org.thawcorpus.source.Titles;

/**
 * Parses a text that matches no kind of page: the site furniture at its head and foot is
 * set aside, the title is the line a generic {@link TitleRules rule} finds (the lines
 * above it are the page's header), else a short first line standing alone, with a note;
 * blank-line separated paragraphs become passages.
 */
final class PlainTextParser {

	ParsedDocument parse(SourceLines lines) {
		return TextFurniture.read(lines, FurnitureWords.COMMON, TitleRules.GENERIC, PlainTextParser::read);
	}

	private static ParsedDocument read(TextPage page) {
		SourceLines lines = page.lines();
		LineLedger ledger = new LineLedger(lines);
		List<SourceNote> notes = new ArrayList<>();
		String title = null;
		int bodyStart = 1;
		if (page.title() != null) {
			int line = page.title().line();
			for (int n = lines.nextNonBlank(1); n > 0 && n < line; n = lines.nextNonBlank(n + 1)) {
				FurnitureWords.Word word = page.words().word(lines.trimmed(n));
				ledger.assign(n, LineRole.FURNITURE, (word != null) ? word.label() : "page header", null);
			}
			title = OriginalText.stripped(lines, line);
			ledger.assign(line, LineRole.TITLE, "title", null);
			bodyStart = line + 1;
		}
		else {
			int first = lines.nextNonBlank(1);
			if (first > 0 && isStandaloneTitle(lines, first)) {
				title = lines.line(first).strip();
				ledger.assign(first, LineRole.TITLE, "title", null);
				notes.add(Titles.firstLineNote(first));
				bodyStart = first + 1;
			}
		}
		int n = lines.nextNonBlank(bodyStart);
		while (title != null && n > 0
				&& (page.words().word(lines.trimmed(n)) != null || TitleRules.isByline(lines.trimmed(n)))) {
			FurnitureWords.Word word = page.words().word(lines.trimmed(n));
			if (word != null) {
				ledger.assign(n, LineRole.FURNITURE, word.label(), null);
			}
			else {
				ledger.assign(n, LineRole.METADATA, "byline", null);
			}
			n = lines.nextNonBlank(n + 1);
		}
		List<ParsedPassage> passages = new ArrayList<>();
		while (n > 0) {
			int last = n;
			while (last < lines.count() && !lines.isBlank(last + 1)) {
				last++;
			}
			if (isFurniture(page, n, last)) {
				for (int m = n; m <= last; m++) {
					ledger.assign(m, LineRole.FURNITURE, page.words().word(lines.trimmed(m)).label(), null);
				}
				n = lines.nextNonBlank(last + 1);
				continue;
			}
			String anchor = "p" + (passages.size() + 1);
			String text = String.join("\n", lines.all().subList(n - 1, last));
			passages.add(new ParsedPassage(anchor, text, n, last, CitationFinder.scan(text).citations()));
			ledger.assignRange(n, last, LineRole.PASSAGE, null, anchor);
			n = lines.nextNonBlank(last + 1);
		}
		if (title == null && !passages.isEmpty()) {
			title = Titles.excerpt(passages.get(0).text());
			notes.add(Titles.firstLineNote(passages.get(0).firstLine()));
		}
		if (title == null) {
			title = "(untitled)";
		}
		List<ParsedSection> sections = passages.isEmpty() ? List.of()
				: List.of(new ParsedSection(null, null, SectionRole.BODY, passages));
		return new ParsedDocument(TextKind.KIND, title, sections, List.of(), notes, ledger.uses());
	}

	/**
	 * Whether every line of a paragraph is a known furniture word ("Share this:",
	 * "Reply").
	 */
	private static boolean isFurniture(TextPage page, int first, int last) {
		for (int n = first; n <= last; n++) {
			if (page.words().word(page.lines().trimmed(n)) == null) {
				return false;
			}
		}
		return true;
	}

	private static boolean isStandaloneTitle(SourceLines lines, int n) {
		String text = lines.trimmed(n);
		boolean alone = n == lines.count() || lines.isBlank(n + 1);
		return alone && text.length() <= Titles.MAX_LENGTH && !text.matches(".*[.!?;:,]$")
				&& lines.nextNonBlank(n + 1) > 0;
	}

}

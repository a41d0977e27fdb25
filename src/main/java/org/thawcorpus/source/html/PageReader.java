package org.thawcorpus.source.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.thawcorpus.bibliography.CitationFinder;
import org.thawcorpus.source.DocumentKind;
import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.Titles;

/**
 * Reads any page from its structure alone: the title from its first heading (else its
 * Open Graph title, else its {@code <title>} without the site's name), a section for each
 * heading, a passage for each other block of content, and every block the structure marks
 * as furniture set aside as such. The reader of pages no kind claims, and the ground a
 * kind's own reader can stand on.
 */
public final class PageReader {

	private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

	private PageReader() {
	}

	/** Reads a page as a document of that kind: sections and passages, no parts. */
	public static ParsedDocument read(HtmlPage page, DocumentKind kind) {
		LineLedger ledger = new LineLedger(page.lines());
		String title = title(page);
		List<ParsedSection> sections = new ArrayList<>();
		List<ParsedPassage> passages = new ArrayList<>();
		String heading = null;
		Integer headingBlock = null;
		boolean titleSeen = false;
		for (TextBlock block : page.blocks()) {
			if (block.isFurniture()) {
				ledger.assign(block.number(), LineRole.FURNITURE, block.furniture(), null);
				continue;
			}
			String text = block.text();
			if (!titleSeen && block.tag().equals("h1") && text.replace('\n', ' ').strip().equals(title)) {
				ledger.assign(block.number(), LineRole.TITLE, "title", null);
				titleSeen = true;
				continue;
			}
			if (HEADINGS.contains(block.tag())) {
				if (heading != null || !passages.isEmpty()) {
					sections.add(new ParsedSection(heading, headingBlock, SectionRole.BODY, passages));
				}
				passages = new ArrayList<>();
				heading = text.replace('\n', ' ');
				headingBlock = block.number();
				ledger.assign(block.number(), LineRole.HEADING, "heading", null);
				continue;
			}
			String anchor = "p" + (count(sections) + passages.size() + 1);
			passages.add(new ParsedPassage(anchor, text, block.number(), block.number(),
					CitationFinder.scan(text).citations()));
			ledger.assign(block.number(), LineRole.PASSAGE, null, anchor);
		}
		if (heading != null || !passages.isEmpty()) {
			sections.add(new ParsedSection(heading, headingBlock, SectionRole.BODY, passages));
		}
		return new ParsedDocument(kind, title, sections, List.of(), List.of(), ledger.uses());
	}

	/**
	 * A page's title: its first heading, else its Open Graph title, else its
	 * {@code <title>} without the site's name, else its first block.
	 */
	public static String title(HtmlPage page) {
		String title = page.firstHeading()
			.or(() -> page.meta("og:title"))
			.orElseGet(() -> page.titleWithoutSite().isEmpty() ? null : page.titleWithoutSite());
		if (title == null) {
			title = page.blocks()
				.stream()
				.filter((b) -> !b.isFurniture())
				.findFirst()
				.map((b) -> Titles.excerpt(b.text()))
				.orElse("(untitled)");
		}
		return title;
	}

	private static int count(List<ParsedSection> sections) {
		return sections.stream().mapToInt((s) -> s.passages().size()).sum();
	}

}

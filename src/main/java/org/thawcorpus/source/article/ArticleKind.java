package org.thawcorpus.source.article;

import java.util.Locale;
import java.util.regex.Pattern;

import org.thawcorpus.bibliography.CitationFinder;
import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.source.DocumentKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.Score;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.html.HtmlKind;
import org.thawcorpus.source.html.HtmlPage;

/**
 * An encyclopedia article (Wikipedia and other wikis): headings with edit links, a lead
 * sentence defining its subject, bibliographic parentheticals, trailing "References". A
 * saved page is recognised by the markup MediaWiki gives every page ({@link WikiMarkup})
 * and read from it ({@link ArticleHtmlReader}).
 */
public final class ArticleKind implements HtmlKind {

	public static final DocumentKind KIND = new DocumentKind("ENCYCLOPEDIA_ARTICLE", "Encyclopedia article", "Article",
			"Lead");

	private static final Pattern TRAILER = Pattern
		.compile("(?i)(?:references|see also|external links|further reading)(?:Edit|\\s*\\[\\s*edit\\s*\\])?");

	@Override
	public DocumentKind kind() {
		return KIND;
	}

	@Override
	public Score score(SourceLines lines) {
		int editHeadings = 0;
		int isbnCitations = 0;
		int trailers = 0;
		int contentLines = 0;
		boolean lead = false;
		for (int n = 1; n <= lines.count(); n++) {
			if (lines.isBlank(n)) {
				continue;
			}
			String t = lines.trimmed(n);
			contentLines += (ArticleShapes.furniture(t) != null) ? 0 : 1;
			boolean marked = ArticleShapes.markedHeading(lines.line(n), lines.folded(n)) != null;
			editHeadings += (marked || ArticleShapes.isEditLink(t)) ? 1 : 0;
			trailers += TRAILER.matcher(t).matches() ? 1 : 0;
			for (FoundCitation citation : CitationFinder.scan(lines.line(n)).citations()) {
				isbnCitations += citation.raw().toUpperCase(Locale.ROOT).contains("ISBN") ? 1 : 0;
			}
			if (contentLines > 0 && contentLines <= 2
					&& ArticleShapes.leadSubject(lines.line(n), lines.folded(n), true) != null) {
				lead = true;
			}
		}
		return Score.of(KIND)
			.add(editHeadings > 0, 2 + Math.min(editHeadings - 1, 2),
					Score.times(editHeadings, "heading with an edit link", "headings with edit links"))
			.add(isbnCitations > 0, Math.min(isbnCitations, 3),
					Score.times(isbnCitations, "bibliographic parenthetical with an ISBN",
							"bibliographic parentheticals with ISBNs"))
			.add(lead, 2, "a lead sentence defining its subject")
			.add(trailers > 0, Math.min(trailers, 2),
					Score.times(trailers, "\"References\"-style trailing section",
							"\"References\"-style trailing sections"))
			.build();
	}

	@Override
	public ParsedDocument read(SourceLines lines) {
		return new ArticleParser().parse(lines);
	}

	@Override
	public Score score(HtmlPage page) {
		return WikiMarkup.score(page);
	}

	@Override
	public ParsedDocument read(HtmlPage page) {
		return new ArticleHtmlReader().read(page);
	}

}

package org.thawcorpus.source.article;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
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
 * An encyclopedia article (Wikipedia and other wikis): headings with edit links, the
 * wiki's tagline, a table of contents listing the headings, references opening with
 * back-links ("^", "↑") and footnote markers in the text, a "Retrieved from" link, a lead
 * sentence defining its subject, bibliographic parentheticals, trailing "References". A
 * saved page is recognised by the markup MediaWiki gives every page ({@link WikiMarkup})
 * and read from it ({@link ArticleHtmlReader}).
 */
public final class ArticleKind implements HtmlKind {

	public static final DocumentKind KIND = new DocumentKind("ENCYCLOPEDIA_ARTICLE", "Encyclopedia article", "Article",
			"Lead");

	private static final Pattern TRAILER = Pattern
		.compile("(?i)(?:references|see also|external links|further reading)(?:Edit|\\s*\\[\\s*edit\\s*\\])?");

	/** Footnote markers glued to the text: "free.[3]", "Rayleigh quotient[4]". */
	private static final Pattern MARKERS = Pattern.compile("[\\p{L}\\p{P}]\\[(?:\\d{1,3}|[a-z]|note \\d{1,3})\\]");

	/** How many lines with footnote markers make a marker of the kind. */
	private static final int MARKED_LINES = 3;

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
		int backlinked = 0;
		int markedLines = 0;
		boolean lead = false;
		boolean tagline = false;
		boolean retrieval = false;
		String previous = null;
		for (int n = 1; n <= lines.count(); n++) {
			if (lines.isBlank(n)) {
				continue;
			}
			String t = lines.trimmed(n);
			String furniture = WikiFurniture.of(t);
			contentLines += (furniture != null) ? 0 : 1;
			tagline |= WikiFurniture.TAGLINE.equals(furniture);
			retrieval |= WikiFurniture.RETRIEVAL.equals(furniture) && t.contains("://");
			boolean marked = ArticleShapes.markedHeading(lines.line(n), lines.folded(n)) != null;
			boolean underHeading = ArticleShapes.isEditLink(t) && previous != null
					&& ArticleShapes.isHeadingText(previous) && ArticleParser.WORDS.word(previous) == null;
			editHeadings += (marked || underHeading) ? 1 : 0;
			previous = t;
			trailers += TRAILER.matcher(t).matches() ? 1 : 0;
			backlinked += FootnoteLists.isBacklinked(t) ? 1 : 0;
			markedLines += MARKERS.matcher(t).find() ? 1 : 0;
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
			.add(tagline, 2, "a wiki's tagline")
			.add(retrieval, 2, "a \"Retrieved from\" link")
			.add(listsItsSections(lines), 2, "a table of contents listing the headings")
			.add(backlinked > 1, 2,
					Score.times(backlinked, "reference opening with a back-link", "references opening with back-links"))
			.add(markedLines >= MARKED_LINES, 1, markedLines + " lines with footnote markers")
			.add(isbnCitations > 0, Math.min(isbnCitations, 3),
					Score.times(isbnCitations, "bibliographic parenthetical with an ISBN",
							"bibliographic parentheticals with ISBNs"))
			.add(lead, 2, "a lead sentence defining its subject")
			.add(trailers > 0, Math.min(trailers, 2),
					Score.times(trailers, "\"References\"-style trailing section",
							"\"References\"-style trailing sections"))
			.build();
	}

	/**
	 * Whether the copy has a table of contents two of whose entries stand later as lines
	 * of their own.
	 */
	private static boolean listsItsSections(SourceLines lines) {
		WikiContents contents = WikiContents.find(lines);
		if (contents == null) {
			return false;
		}
		Set<String> titles = new HashSet<>(contents.titles());
		int found = 0;
		for (int n = contents.lastLine() + 1; n <= lines.count() && found < 2; n++) {
			found += (!lines.isBlank(n) && titles.remove(WikiContents.key(lines.line(n)))) ? 1 : 0;
		}
		return found >= 2;
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

package org.thawcorpus.source.article;

import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.thawcorpus.source.Score;
import org.thawcorpus.source.html.HtmlPage;

/**
 * The markup MediaWiki gives every page it renders, whatever the wiki and the skin: the
 * generator tag, the content and parser-output containers, the page heading, the section
 * headlines and their edit links, the reference lists. Structure only: no host, no
 * wording.
 */
final class WikiMarkup {

	/** The wiki's rendering of the page's own text, outermost first. */
	static final String CONTENT = "#mw-content-text, .mw-parser-output, #bodyContent, main, [role=main], article";

	/** The page's heading, its title. */
	static final String FIRST_HEADING = "#firstHeading, h1.firstHeading";

	/** An entry of a reference list ("^ a b Surname, Given (1961). Title."). */
	static final String REFERENCE_ITEM = "ol.references > li";

	/** The back-links an entry opens with ("^", "^ a b", "↑"). */
	static final String BACKLINK = ".mw-cite-backlink";

	/** A COinS span of a citation: its {@code title} holds the work's fields. */
	static final String COINS = "span.Z3988[title]";

	/** A footnote marker linking to its entry ("[3]"). */
	static final String MARKER_LINK = "sup.reference a[href^=#]";

	/** An editor's mark that a claim wants a source or clarification. */
	static final String EDITOR_MARK = "sup.Inline-Template, sup.Template-Fact, span.Template-Fact";

	private WikiMarkup() {
	}

	/** The element holding the page's own text: the first {@link #CONTENT} found. */
	static Element content(Document dom) {
		for (String selector : CONTENT.split(",\\s*")) {
			Element found = dom.body().selectFirst(selector);
			if (found != null) {
				return found;
			}
		}
		return dom.body();
	}

	/** The markers of a MediaWiki page found in a saved page's markup. */
	static Score score(HtmlPage page) {
		Document dom = page.dom();
		boolean generator = page.meta("generator")
			.map((g) -> g.toLowerCase(Locale.ROOT).startsWith("mediawiki"))
			.orElse(false);
		boolean body = dom.body().hasClass("mediawiki");
		int editLinks = dom.select(".mw-editsection").size();
		int headlines = dom.select(".mw-headline, .mw-heading").size();
		int references = dom.select(REFERENCE_ITEM).size();
		return Score.of(ArticleKind.KIND)
			.add(generator, 3, "a MediaWiki generator tag")
			.add(body, 1, "a MediaWiki page body")
			.add(dom.selectFirst("#mw-content-text") != null, 1, "MediaWiki's content container")
			.add(dom.selectFirst(".mw-parser-output") != null, 1, "MediaWiki's parser output")
			.add(dom.selectFirst(FIRST_HEADING) != null, 1, "a wiki page heading")
			.add(headlines > 0, 1, Score.times(headlines, "wiki section headline", "wiki section headlines"))
			.add(editLinks > 0, 1, Score.times(editLinks, "section edit link", "section edit links"))
			.add(references > 0, 1, Score.times(references, "reference list entry", "reference list entries"))
			.build();
	}

}

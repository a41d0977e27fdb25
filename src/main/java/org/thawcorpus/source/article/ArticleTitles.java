package org.thawcorpus.source.article;

import java.util.List;
import java.util.regex.Pattern;

import org.thawcorpus.source.FurnitureWords;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.TitleCandidate;
import org.thawcorpus.source.TitleRule;
import org.thawcorpus.source.TitleRules;
import org.thawcorpus.source.Titles;

/**
 * Where a copy of a wiki page states its title: above the language button of the 2020s
 * skins ("72 languages"), after the button that toggles the contents, before the wiki's
 * tagline, above the page's tabs ("Sign in to edit", "History", "Talk (0)"), or as the
 * first line the lead paragraph names.
 */
final class ArticleTitles {

	/** How many non-blank lines from the top a title is looked for. */
	private static final int TOP_LINES = 600;

	/** A line this long is the body's text: the top of the page is over. */
	private static final int BODY_LINE_LENGTH = 200;

	/** The tabs under a wiki page's title. */
	private static final Pattern PAGE_ACTIONS = Pattern.compile("(?iu)(?:sign in to edit|edit|edit source|view source"
			+ "|history|view history|purge|talk|talk \\(\\d+\\)|discuss|comments? \\(\\d+\\)|share|read)");

	static final TitleRule ABOVE_LANGUAGES = ArticleTitles::aboveLanguages;

	static final TitleRule AFTER_CONTENTS_TOGGLE = ArticleTitles::afterContentsToggle;

	static final TitleRule BEFORE_TAGLINE = ArticleTitles::beforeTagline;

	static final TitleRule ABOVE_PAGE_ACTIONS = ArticleTitles::abovePageActions;

	/** The rules in order of trust. */
	static final List<TitleRule> RULES = List.of(ABOVE_LANGUAGES, AFTER_CONTENTS_TOGGLE, BEFORE_TAGLINE,
			TitleRules.BEFORE_TAGLINE, ABOVE_PAGE_ACTIONS, TitleRules.NAMED_BELOW);

	private ArticleTitles() {
	}

	private static TitleCandidate aboveLanguages(SourceLines lines, FurnitureWords words) {
		int previous = -1;
		int seen = 0;
		for (int n = lines.nextNonBlank(1); n > 0 && seen < TOP_LINES; n = lines.nextNonBlank(n + 1), seen++) {
			if (WikiFurniture.isLanguageButton(lines.trimmed(n)) && previous > 0 && isTitle(lines, words, previous)) {
				return TitleCandidate.cued(previous, "the line above the language button");
			}
			previous = n;
		}
		return null;
	}

	private static TitleCandidate afterContentsToggle(SourceLines lines, FurnitureWords words) {
		int seen = 0;
		for (int n = lines.nextNonBlank(1); n > 0 && seen < TOP_LINES; n = lines.nextNonBlank(n + 1), seen++) {
			int next = lines.nextNonBlank(n + 1);
			if (next > 0 && WikiFurniture.isContentsToggle(lines.trimmed(n)) && isTitle(lines, words, next)) {
				return TitleCandidate.cued(next, "the line after the contents button");
			}
		}
		return null;
	}

	/**
	 * The line before the tagline, if it is no furniture, in the taglines of more wikis.
	 */
	private static TitleCandidate beforeTagline(SourceLines lines, FurnitureWords words) {
		int previous = -1;
		int seen = 0;
		for (int n = lines.nextNonBlank(1); n > 0 && seen < TOP_LINES; n = lines.nextNonBlank(n + 1), seen++) {
			if (WikiFurniture.isTagline(lines.trimmed(n))) {
				return (previous > 0 && isTitle(lines, words, previous))
						? TitleCandidate.cued(previous, "the line before the site's tagline") : null;
			}
			previous = n;
		}
		return null;
	}

	/**
	 * The line above two tabs or more ("Sign in to edit", "History", "Talk (0)"), before
	 * the text begins.
	 */
	private static TitleCandidate abovePageActions(SourceLines lines, FurnitureWords words) {
		int seen = 0;
		for (int n = lines.nextNonBlank(1); n > 0 && seen < TOP_LINES; n = lines.nextNonBlank(n + 1), seen++) {
			if (lines.trimmed(n).length() >= BODY_LINE_LENGTH) {
				return null;
			}
			int first = lines.nextNonBlank(n + 1);
			int second = (first > 0) ? lines.nextNonBlank(first + 1) : -1;
			if (second > 0 && PAGE_ACTIONS.matcher(lines.trimmed(first)).matches()
					&& PAGE_ACTIONS.matcher(lines.trimmed(second)).matches() && isTitle(lines, words, n)
					&& !PAGE_ACTIONS.matcher(lines.trimmed(n)).matches()) {
				return TitleCandidate.cued(n, "the line above the page's tabs");
			}
		}
		return null;
	}

	/** A tab under a wiki page's title ("Sign in to edit", "History", "Talk (0)"). */
	static boolean isPageAction(String trimmed) {
		return PAGE_ACTIONS.matcher(trimmed).matches();
	}

	private static boolean isTitle(SourceLines lines, FurnitureWords words, int n) {
		String text = lines.trimmed(n);
		return Titles.isTitleLike(text) && words.word(text) == null && !WikiFurniture.isLanguageButton(text)
				&& !WikiFurniture.isContentsToggle(text);
	}

}

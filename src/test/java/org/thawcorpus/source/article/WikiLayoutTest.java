package org.thawcorpus.source.article;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SourceLines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The boxes of a wiki page among an article's lines, read by their shape. */
class WikiLayoutTest {

	private static ParsedDocument parse(String text) {
		return new ArticleParser().parse(SourceLines.of(text));
	}

	@Test
	void makesASeriesSidebarFurnitureDownToItsViewTalkEditLinks() {
		ParsedDocument article = parse("""
				Thaw
				From Wikipedia, the free encyclopedia
				Part of a series on
				Soviet history
				Stalin era
				Thaw
				Stagnation
				v · t · e
				The Thaw was the period of relaxed censorship after 1953, when millions of prisoners came home.
				""");
		assertThat(article.lines().subList(2, 8)).extracting(LineUse::role, LineUse::label)
			.containsOnly(tuple(LineRole.FURNITURE, "navbox"));
		assertThat(article.sections().get(0).passages()).hasSize(1);
	}

	@Test
	void makesTheLanguagesTabsAndToolsUnderTheTitleFurnitureWhenTheCopyHasNoTagline() {
		ParsedDocument article = parse("""
				Toggle the table of contents
				Thaw
				3 languages
				Deutsch
				Français
				Русский
				Edit links
				Article
				Talk
				Read
				Edit
				View history
				Tools
				What links here
				Thaw
				The Thaw was the period of relaxed censorship after 1953, when millions of prisoners came home.
				""");
		assertThat(article.title()).isEqualTo("Thaw");
		assertThat(article.lines().subList(2, 14)).extracting(LineUse::role).containsOnly(LineRole.FURNITURE);
		assertThat(article.lines().subList(2, 6)).extracting(LineUse::label).containsOnly("language list");
		assertThat(article.sections()).extracting(ParsedSection::title).containsExactly((String) null);
		assertThat(article.sections().get(0).passages()).extracting(ParsedPassage::firstLine).containsExactly(15, 16);
	}

	@Test
	void leavesAViewTalkEditLineFollowedByTextToTheText() {
		ParsedDocument article = parse("""
				Thaw
				From Wikipedia, the free encyclopedia
				The Thaw was the period of relaxed censorship after 1953, when millions of prisoners came home.
				v
				t
				e
				Literature[edit]
				Magazines printed prose that no editor would have printed before, and readers wrote in by the thousand.
				""");
		assertThat(article.sections()).extracting(ParsedSection::title).containsExactly(null, "Literature");
		assertThat(article.sections().get(1).passages()).hasSize(1);
	}

	@Test
	void takesTheLinesAfterTheRetrievalLinkForTheFooterWhateverTheirWords() {
		ParsedDocument article = parse("""
				Thaw
				From Wikipedia, the free encyclopedia
				The Thaw was the period of relaxed censorship after 1953, when millions of prisoners came home.
				Retrieved from "https://en.wikipedia.org/w/index.php?title=Thaw&oldid=1"
				Categories:
				Soviet history
				Code of Conduct
				Thaw
				Add topic
				""");
		assertThat(article.lines().subList(3, 9)).extracting(LineUse::role).containsOnly(LineRole.FURNITURE);
		assertThat(article.lines().get(5).label()).isEqualTo("category links");
	}

	@Test
	void takesNoInfoboxFromASingleTabbedLine() {
		ParsedDocument article = parse("""
				Thaw
				From Wikipedia, the free encyclopedia
				Period\t1953–1964
				The Thaw was the period of relaxed censorship after 1953, when millions of prisoners came home.
				""");
		assertThat(article.lines().get(2).role()).isEqualTo(LineRole.PASSAGE);
	}

}

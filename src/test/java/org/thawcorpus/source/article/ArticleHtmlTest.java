package org.thawcorpus.source.article;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.thawcorpus.bibliography.CitationData;
import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.bibliography.PersonName;
import org.thawcorpus.bibliography.WorkKey;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.html.HtmlKinds;
import org.thawcorpus.source.html.HtmlPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.thawcorpus.source.article.WikiPages.checkAccounted;
import static org.thawcorpus.source.article.WikiPages.passage;
import static org.thawcorpus.source.article.WikiPages.passages;
import static org.thawcorpus.source.article.WikiPages.section;
import static org.thawcorpus.source.article.WikiPages.useOf;

/** Saved wiki pages read from their markup, in the shapes of three skins. */
class ArticleHtmlTest {

	private static List<String> authors(CitationData data) {
		return data.authors().stream().map(PersonName::display).toList();
	}

	private static FoundCitation entryCitation(ParsedDocument article, String anchor) {
		return passage(article, anchor).citations().get(0);
	}

	/**
	 * A Wikipedia article of the 2016 skin: edit links, infobox, COinS in every entry.
	 */
	@Nested
	class Wikipedia2016 {

		private final HtmlPage page = WikiPages.page("wikipedia-2016-film-club.html");

		private final ParsedDocument article = HtmlKinds.parse(this.page);

		private LineUse use(String text) {
			return useOf(this.page, this.article, text);
		}

		@Test
		void isRecognisedByMediaWikisMarkup() {
			assertThat(this.article.kind()).isEqualTo(ArticleKind.KIND);
			assertThat(new ArticleKind().score(this.page).evidence()).contains("a MediaWiki generator tag",
					"5 section edit links", "6 reference list entries");
		}

		@Test
		void takesTheTitleFromThePageHeadingNotTheDocumentTitle() {
			assertThat(this.page.documentTitle()).endsWith("- Wikipedia, the free encyclopedia");
			assertThat(this.article.title()).isEqualTo("Neva Embankment Film Club");
			assertThat(this.article.lines().get(0)).extracting(LineUse::role).isEqualTo(LineRole.TITLE);
		}

		@Test
		void makesASectionOfEachHeadingWithoutItsEditLink() {
			assertThat(this.article.sections()).extracting(ParsedSection::title, ParsedSection::role)
				.containsExactly(tuple(null, SectionRole.BODY), tuple("History", SectionRole.BODY),
						tuple("Screenings", SectionRole.BODY), tuple("See also", SectionRole.BODY),
						tuple("References", SectionRole.WORKS_CITED), tuple("External links", SectionRole.BODY));
			assertThat(this.page.blocks().stream().filter((b) -> b.text().equals("[edit]"))).hasSize(5)
				.allSatisfy((b) -> assertThat(this.article.lines().get(b.number() - 1))
					.extracting(LineUse::role, LineUse::label)
					.containsExactly(LineRole.FURNITURE, "edit link"));
		}

		@Test
		void readsOnlyTheArticlesOwnTextAsPassages() {
			assertThat(passages(this.article)).filteredOn((p) -> p.anchor().startsWith("p"))
				.extracting(ParsedPassage::text)
				.containsExactly(
						"The Neva Embankment Film Club was an amateur film society in Leningrad that screened and "
								+ "discussed foreign and restored Soviet films between 1957 and 1968.[1] Its evening "
								+ "programmes drew students, engineers and retired projectionists.[2]",
						"Members setting up the projector in 1959",
						"The club grew out of a reading circle at the shipbuilding institute.[3] Kostyleva later wrote "
								+ "that the first screening was held on a bedsheet.[1] Attendance passed two hundred "
								+ "within a year.[citation needed]",
						"Programmes were announced by hand-written posters at the institute gate.[4] A rooftop "
								+ "season in the summer of 1963 was reported in the city press.[5]",
						"Silent comedies with a live pianist", "Restored newsreels of the 1920s[6]", "Amateur cinema",
						"Club archive, with programmes 1957–1968");
		}

		@Test
		void setsTheWikisChromeAsideAsNamedFurniture() {
			assertThat(List.of(use("Read"), use("Edit"), use("View history"), use("Personal tools")))
				.extracting(LineUse::role)
				.containsOnly(LineRole.FURNITURE);
			assertThat(use("From Wikipedia, the free encyclopedia").label()).isEqualTo("site tagline");
			assertThat(use("Jump to: navigation, search").role()).isEqualTo(LineRole.FURNITURE);
			assertThat(use("For the 1962 documentary, see Embankment (film).").label()).isEqualTo("hatnote");
			assertThat(List.of(use("Contents"), use("1 History"), use("3 References")))
				.extracting(LineUse::role, LineUse::label)
				.containsOnly(tuple(LineRole.FURNITURE, "table of contents"));
			assertThat(List.of(use("Leningrad film societies"), use("Vyborg Side Cine Circle"),
					use("Amateur cinema · Film clubs · Cine circles")))
				.extracting(LineUse::role, LineUse::label)
				.containsOnly(tuple(LineRole.FURNITURE, "navbox"));
			assertThat(use("Wikimedia Commons has media related to Neva Embankment Film Club.").label())
				.isEqualTo("notice box");
			assertThat(this.page.blocks()).filteredOn((b) -> b.text().startsWith("Retrieved from"))
				.singleElement()
				.satisfies((b) -> assertThat(this.article.lines().get(b.number() - 1).label())
					.isEqualTo("retrieval link"));
			assertThat(use("This page was last modified on 4 May 2016, at 10:12.").role())
				.isEqualTo(LineRole.FURNITURE);
		}

		@Test
		void keepsTheInfoboxAndTheCategoriesAsMetadata() {
			assertThat(List.of(use("Formation"), use("March 2, 1957"), use("Founder"), use("Vera Kostyleva")))
				.extracting(LineUse::role, LineUse::label)
				.containsOnly(tuple(LineRole.METADATA, "infobox"));
			assertThat(use("(1957-03-02)").label()).isEqualTo("hidden");
			assertThat(List.of(use("Categories:"), use("Film societies"), use("Hidden categories:")))
				.extracting(LineUse::role, LineUse::label)
				.containsOnly(tuple(LineRole.METADATA, "category"));
		}

		@Test
		void readsTheThumbCaptionAsAPassageLabelledCaption() {
			LineUse caption = use("Members setting up the projector in 1959");
			assertThat(caption).extracting(LineUse::role, LineUse::label, LineUse::anchor)
				.containsExactly(LineRole.PASSAGE, "caption", "p2");
			assertThat(section(this.article, "History").passages().get(0).anchor()).isEqualTo("p2");
		}

		@Test
		void readsEachReferenceAsACitationWithoutItsBackLinks() {
			ParsedSection references = section(this.article, "References");
			assertThat(references.passages()).extracting(ParsedPassage::anchor)
				.containsExactly("w1", "w2", "w3", "w4", "w5", "w6");
			ParsedPassage first = references.passages().get(0);
			assertThat(first.text()).startsWith("^ a b Kostyleva, Vera (1971).");
			assertThat(first.citations()).singleElement()
				.satisfies((c) -> assertThat(c.raw()).startsWith("Kostyleva, Vera (1971).")
					.endsWith("978-5-7331-0418-8."));
		}

		@Test
		void takesABooksFieldsFromItsCoins() {
			CitationData book = entryCitation(this.article, "w1").data();
			assertThat(authors(book)).containsExactly("Kostyleva, Vera");
			assertThat(book)
				.extracting(CitationData::title, CitationData::year, CitationData::publisher, CitationData::place,
						CitationData::isbn)
				.containsExactly("Light on the Water: Amateur Cinema on the Neva", 1971, "Severnaya Zvezda",
						"Leningrad", "978-5-7331-0418-8");
			assertThat(book.uncertain()).isEmpty();
			CitationData twoAuthors = entryCitation(this.article, "w3").data();
			assertThat(authors(twoAuthors)).containsExactly("Grekov, Anton", "Marsh, Helen");
			assertThat(twoAuthors).extracting(CitationData::pages, CitationData::isbn)
				.containsExactly("88", "978-0-19-284471-2");
		}

		@Test
		void takesAJournalArticlesAndAWebPagesFieldsFromTheirCoins() {
			CitationData journal = entryCitation(this.article, "w2").data();
			assertThat(authors(journal)).containsExactly("Orlov, Mikhail", "Petrova, Dina");
			assertThat(journal).extracting(CitationData::title, CitationData::year, CitationData::pages)
				.containsExactly("Film societies after the congress", 1988, "45-67");
			CitationData web = entryCitation(this.article, "w4").data();
			assertThat(web).extracting(CitationData::title, CitationData::publisher)
				.containsExactly("History of the club", "Embankment Film Archive");
			CitationData news = entryCitation(this.article, "w5").data();
			assertThat(authors(news)).containsExactly("Ilyin, Sergei");
			assertThat(news).extracting(CitationData::title, CitationData::year)
				.containsExactly("The projector on the roof", 2009);
		}

		@Test
		void parsesAnEntryWithoutCoinsFromItsText() {
			FoundCitation note = entryCitation(this.article, "w6");
			assertThat(note.raw()).isEqualTo("Club minutes for 1960, quoted in Grekov & Marsh (2004), p. 91.");
			assertThat(note.data().pages()).isEqualTo("91");
		}

		@Test
		void makesEachFootnoteMarkerACitationCarryingItsEntry() {
			ParsedPassage lead = passage(this.article, "p1");
			assertThat(lead.citations())
				.extracting(FoundCitation::raw, FoundCitation::opener, FoundCitation::closer, (c) -> c.entry().anchor())
				.containsExactly(tuple("[1]", '[', ']', "w1"), tuple("[2]", '[', ']', "w2"));
			FoundCitation marker = lead.citations().get(0);
			assertThat(lead.text().substring(marker.start(), marker.end())).isEqualTo("[1]");
			assertThat(marker.data()).isEqualTo(entryCitation(this.article, "w1").data());
			assertThat(passage(this.article, "p6").citations()).singleElement()
				.satisfies((c) -> assertThat(c.entry().anchor()).isEqualTo("w6"));
		}

		@Test
		void groupsAMarkerUsedTwiceWithItsEntrysWork() {
			FoundCitation inLead = passage(this.article, "p1").citations().get(0);
			FoundCitation inHistory = passage(this.article, "p3").citations().get(1);
			FoundCitation entry = entryCitation(this.article, "w1");
			assertThat(List.of(inLead, inHistory)).extracting((c) -> c.entry().anchor()).containsOnly("w1");
			String work = WorkKey.of(entry.data(), entry.workText());
			assertThat(List.of(inLead, inHistory)).extracting((c) -> WorkKey.of(c.data(), c.workText()))
				.containsOnly(work);
			FoundCitation untitled = passage(this.article, "p6").citations().get(0);
			FoundCitation note = entryCitation(this.article, "w6");
			assertThat(WorkKey.of(untitled.data(), untitled.workText()))
				.isEqualTo(WorkKey.of(note.data(), note.workText()))
				.isNotEqualTo(WorkKey.of(untitled.data(), untitled.raw()));
		}

		@Test
		void notesTheCitationNeededMark() {
			int block = passage(this.article, "p3").firstLine();
			assertThat(this.article.notes()).singleElement()
				.extracting(SourceNote::line, SourceNote::kind)
				.containsExactly(block, NoteKind.CITATION_NEEDED);
			assertThat(this.article.notes().get(0).message()).contains("\"[citation needed]\"");
		}

		@Test
		void accountsForEveryBlock() {
			checkAccounted(this.page, this.article);
		}

	}

	/** A Wikipedia article of the 2024 skin: a contents sidebar, short-form notes. */
	@Nested
	class Wikipedia2024 {

		private final HtmlPage page = WikiPages.page("wikipedia-2024-radio-circles.html");

		private final ParsedDocument article = HtmlKinds.parse(this.page);

		private LineUse use(String text) {
			return useOf(this.page, this.article, text);
		}

		@Test
		void takesTheTitleFromThePageHeading() {
			assertThat(this.article.kind()).isEqualTo(ArticleKind.KIND);
			assertThat(this.article.title()).isEqualTo("Shortwave listening circles");
		}

		@Test
		void readsNoSectionOrCitationFromTheContentsSidebar() {
			assertThat(this.article.sections()).extracting(ParsedSection::title)
				.containsExactly(null, "Organisation", "Notes and sources", "References");
			assertThat(List.of(use("Contents"), use("(Top)"), use("3References"), use("hide")))
				.extracting(LineUse::role, LineUse::label)
				.containsOnly(tuple(LineRole.FURNITURE, "table of contents"));
			assertThat(passages(this.article)).extracting(ParsedPassage::text)
				.noneMatch((t) -> t.contains("References") || t.contains("(Top)"));
		}

		@Test
		void makesASectionHoldingAReferenceListAWorksCitedList() {
			assertThat(section(this.article, "Notes and sources").role()).isEqualTo(SectionRole.WORKS_CITED);
			assertThat(section(this.article, "Notes and sources").passages()).extracting(ParsedPassage::anchor)
				.containsExactly("w1", "w2");
			assertThat(section(this.article, "References").passages()).extracting(ParsedPassage::anchor)
				.containsExactly("w3");
		}

		@Test
		void readsAnEmptyCoinsSpan() {
			CitationData journal = entryCitation(this.article, "w2").data();
			assertThat(authors(journal)).containsExactly("Kurbatov, Yuri");
			assertThat(journal).extracting(CitationData::title, CitationData::year, CitationData::pages)
				.containsExactly("Listening at night", 1962, "14-16");
		}

		@Test
		void givesAShortFormNoteTheFieldsOfTheWorkItLinksTo() {
			FoundCitation note = entryCitation(this.article, "w1");
			assertThat(note.raw()).isEqualTo("Danilova 1997, p.\u00a012.");
			assertThat(note.data()).extracting(CitationData::title, CitationData::isbn, CitationData::pages)
				.containsExactly("Voices from Afar: Radio Listeners in the Provinces", "978-5-7331-0418-8", "12");
			FoundCitation book = entryCitation(this.article, "w3");
			assertThat(book.data().pages()).isNull();
			assertThat(WorkKey.of(note.data(), note.raw())).isEqualTo(WorkKey.of(book.data(), book.raw()));
		}

		@Test
		void linksMarkersPrintedWithBracketSpans() {
			ParsedPassage organisation = section(this.article, "Organisation").passages().get(1);
			assertThat(organisation.citations()).extracting(FoundCitation::raw, (c) -> c.entry().anchor())
				.containsExactly(tuple("[2]", "w2"), tuple("[1]", "w1"));
			assertThat(organisation.text()).contains("3,000 stations.[1]");
			assertThat(this.article.notes()).extracting(SourceNote::line, SourceNote::kind)
				.containsExactly(tuple(organisation.firstLine(), NoteKind.CITATION_NEEDED));
		}

		@Test
		void setsAsideHiddenMathsAndTheChromeAroundTheContent() {
			assertThat(passages(this.article)).extracting(ParsedPassage::text)
				.noneMatch((t) -> t.contains("displaystyle"));
			assertThat(use("3 languages")).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "page chrome");
			assertThat(use("Jump to content")).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "jump link");
			assertThat(use("A valve receiver of the kind the circles shared").label()).isEqualTo("caption");
			assertThat(use("Amateur radio").role()).isEqualTo(LineRole.FURNITURE);
		}

		@Test
		void accountsForEveryBlock() {
			checkAccounted(this.page, this.article);
		}

	}

	/** A page of a fan wiki: an older MediaWiki, no edit links, "↑" back-links. */
	@Nested
	class FanWiki {

		private final HtmlPage page = WikiPages.page("fan-wiki-villager.html");

		private final ParsedDocument article = HtmlKinds.parse(this.page);

		private LineUse use(String text) {
			return useOf(this.page, this.article, text);
		}

		@Test
		void isAnArticleByItsMarkupAlone() {
			assertThat(new ArticleKind().score(this.page).points()).isGreaterThanOrEqualTo(3);
			assertThat(this.article.kind()).isEqualTo(ArticleKind.KIND);
			assertThat(this.article.title()).isEqualTo("Marina");
		}

		@Test
		void readsSectionsAndKeepsAHistorySectionAsText() {
			assertThat(this.article.sections()).extracting(ParsedSection::title, ParsedSection::role)
				.containsExactly(tuple(null, SectionRole.BODY), tuple("Schedule", SectionRole.BODY),
						tuple("Trivia", SectionRole.BODY), tuple("References", SectionRole.WORKS_CITED),
						tuple("History", SectionRole.BODY));
		}

		@Test
		void readsTheWikisOwnInfoboxNavboxAndGallery() {
			assertThat(List.of(use("Birthday:"), use("Spring 9"), use("Millbrook")))
				.extracting(LineUse::role, LineUse::label)
				.containsOnly(tuple(LineRole.METADATA, "infobox"));
			assertThat(use("Marina • Osric • Wendell")).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "navbox");
			assertThat(use("Marina's workshop")).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.PASSAGE, "caption");
			assertThat(use("Share this page").role()).isEqualTo(LineRole.FURNITURE);
		}

		@Test
		void readsEntriesWithArrowBackLinks() {
			FoundCitation interview = entryCitation(this.article, "w1");
			assertThat(passage(this.article, "w1").text()).startsWith("↑ 1.0 1.1 ");
			assertThat(interview.raw()).isEqualTo("Hollis, Tamsin (2016). \"Building Millbrook\". Farmstead Gazette.");
			assertThat(authors(interview.data())).containsExactly("Hollis, Tamsin");
			assertThat(interview.data()).extracting(CitationData::title, CitationData::year)
				.containsExactly("Building Millbrook", 2016);
			assertThat(entryCitation(this.article, "w2").raw())
				.isEqualTo("https://forum.example/threads/marina-boat-name");
		}

		@Test
		void linksAMarkerUsedTwiceToItsEntry() {
			assertThat(passages(this.article)).filteredOn((p) -> p.anchor().startsWith("p"))
				.flatExtracting(ParsedPassage::citations)
				.extracting(FoundCitation::raw, (c) -> c.entry().anchor())
				.containsExactly(tuple("[1]", "w1"), tuple("[1]", "w1"), tuple("[2]", "w2"));
		}

		@Test
		void accountsForEveryBlock() {
			checkAccounted(this.page, this.article);
		}

	}

	@Test
	void readsTenThousandNestedElements() {
		StringBuilder html = new StringBuilder("<html><head><meta name=\"generator\" content=\"MediaWiki 1.40.0\">"
				+ "</head><body class=\"mediawiki\"><h1 id=\"firstHeading\">Deep</h1><div id=\"mw-content-text\">"
				+ "<h2>References</h2><ol class=\"references\"><li id=\"cite_note-1\">"
				+ "<span class=\"mw-cite-backlink\">^</span> <span class=\"reference-text\">Belov, Arkady (1961). "
				+ "<i>Deep Water</i>.</span></li></ol><h2>Depths</h2>");
		for (int i = 0; i < 10_000; i++) {
			html.append("<div><p>Paragraph ")
				.append(i)
				.append(".<sup class=\"reference\"><a href=\"#cite_note-1\">[1]</a></sup></p>");
		}
		html.append("</div>".repeat(10_000)).append("</div></body></html>");
		HtmlPage page = HtmlPage.parse(html.toString());
		ParsedDocument article = new ArticleKind().read(page);
		assertThat(article.unaccounted()).isEmpty();
		assertThat(section(article, "Depths").passages()).hasSizeGreaterThanOrEqualTo(10_000);
		int markers = page.dom().select("sup.reference a[href^=#]").size();
		assertThat(passages(article)).flatExtracting(ParsedPassage::citations)
			.filteredOn((c) -> c.entry() != null)
			.hasSize(markers)
			.extracting((c) -> c.entry().anchor())
			.containsOnly("w1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "not-an-article-blog-post.html", "not-an-article-book-page.html" })
	void doesNotTakeABlogPostOrABookPageForAnArticle(String name) {
		HtmlPage page = WikiPages.page(name);
		assertThat(new ArticleKind().score(page).points()).isZero();
		assertThat(HtmlKinds.parse(page).kind()).isNotEqualTo(ArticleKind.KIND);
	}

}

package org.thawcorpus.source.blog;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedByline;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.html.HtmlKinds;
import org.thawcorpus.source.html.HtmlPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A German WordPress post saved as HTML: "sagt:" comment headers, German dates, a reply
 * nested in {@code ol.children}, a pingback, a "Quellen" list, share buttons, related
 * posts, a sidebar and a comment form.
 */
class BlogPostHtmlWordPressTest {

	private final HtmlPage page = HtmlFixtures.page("wordpress-de-threaded.html");

	private final ParsedDocument post = new BlogPostKind().read(this.page);

	private ParsedComments comments() {
		return this.post.part(ParsedComments.class);
	}

	@Test
	void isRecognisedAsABlogPostFromItsMarkup() {
		assertThat(new BlogPostKind().score(this.page).points()).isGreaterThanOrEqualTo(3);
		assertThat(HtmlKinds.parse(this.page).kind()).isEqualTo(BlogPostKind.KIND);
	}

	@Test
	void takesTheEntryTitleNotTheBlogNameOrTheDocumentTitle() {
		assertThat(this.post.title()).isEqualTo("Fünf Etagen für alle: Der Wohnungsbau der Tauwetterjahre");
		assertThat(HtmlFixtures.useOf(this.page, this.post, this.post.title()).role()).isEqualTo(LineRole.TITLE);
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Tauwetter-Notizen").role()).isEqualTo(LineRole.FURNITURE);
	}

	@Test
	void readsAuthorAndDateOfThePostFromTheByline() {
		ParsedByline facts = this.post.part(ParsedByline.class);
		assertThat(facts.author()).isEqualTo("Greta Hollmann");
		assertThat(facts.published()).isEqualTo(LocalDate.of(2019, 7, 26));
		assertThat(facts.site()).isEqualTo("Tauwetter-Notizen");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Veröffentlicht am 26. Juli 2019 von Greta Hollmann"))
			.extracting(LineUse::role, LineUse::label)
			.containsExactly(LineRole.METADATA, "byline");
		assertThat(
				HtmlFixtures.useOf(this.page, this.post, "Veröffentlicht in Alltag Verschlagwortet mit Wohnen, Moskau")
					.role())
			.isEqualTo(LineRole.METADATA);
	}

	@Test
	void makesThePostTextAloneThePassages() {
		assertThat(HtmlFixtures.bodyTexts(this.post)).containsExactly(
				"Wer in den späten Fünfzigerjahren eine eigene Wohnung bekam, bekam meist fünf Etagen ohne Aufzug, "
						+ "dünne Wände und eine Küche von sechs Quadratmetern.",
				"Die Zeitgenossen sprachen trotzdem von einem Wunder (Brehm 1998: 41), denn zuvor teilten sich oft "
						+ "drei Familien eine Wohnung.",
				"Die Platten kamen fertig aus dem Werk und wurden vor Ort nur noch verschraubt und verfugt.",
				"Ein Haus mit achtzig Wohnungen stand in wenigen Wochen.",
				"Die Decken waren niedriger als in den Bauten der Vorkriegszeit.",
				"Wir trugen die Möbel selbst in den vierten Stock und waren glücklich.",
				"Die Erinnerungen der Bewohner sind bis heute gespalten.");
		assertThat(this.post.sections().get(0).passages().get(1).citations()).extracting(FoundCitation::raw)
			.containsExactly("(Brehm 1998: 41)");
	}

	@Test
	void makesHeadingsSectionsAndTheSourcesListCitations() {
		assertThat(this.post.sections()).extracting(ParsedSection::title, ParsedSection::role)
			.containsExactly(tuple(null, org.thawcorpus.source.SectionRole.BODY),
					tuple("Die Baukastenmethode", org.thawcorpus.source.SectionRole.BODY),
					tuple("Quellen", org.thawcorpus.source.SectionRole.WORKS_CITED));
		ParsedSection sources = HtmlFixtures.worksCited(this.post).get(0);
		assertThat(sources.passages()).extracting(ParsedPassage::anchor).containsExactly("w1", "w2");
		assertThat(sources.passages()).flatExtracting(ParsedPassage::citations)
			.extracting((c) -> c.data().year())
			.containsExactly(1998, 2004);
	}

	@Test
	void readsEveryCommentWithAuthorDateAndReplies() {
		assertThat(comments().comments())
			.extracting(ParsedComment::anchor, ParsedComment::author, ParsedComment::date, ParsedComment::replyTo,
					ParsedComment::pingback)
			.containsExactly(tuple("c1", "Jonas Brehm", LocalDate.of(2019, 7, 28), null, false),
					tuple("c2", "Greta Hollmann", LocalDate.of(2019, 7, 29), "c1", false),
					tuple("c3", "Paul Renner", LocalDate.of(2019, 7, 30), null, false),
					tuple("c4", "Wohnungsfrage im Sozialismus | Archivlese", null, null, true),
					tuple("c5", "Ilse Kordt", LocalDate.of(2019, 8, 3), null, false));
	}

	@Test
	void makesEachParagraphOfACommentAPassage() {
		ParsedComment first = comments().comments().get(0);
		assertThat(first.paragraphs()).extracting(ParsedPassage::anchor, ParsedPassage::text)
			.containsExactly(tuple("c1-1",
					"Danke für die Zusammenfassung. Die Zahl der Wohnungen pro Jahr wäre noch eine Tabelle wert."),
					tuple("c1-2", "In meinem Buch steht sie leider nur für Moskau."));
		assertThat(comments().comments().get(4).paragraphs()).extracting(ParsedPassage::text)
			.containsExactly("Zur Küche: sechs Quadratmeter,\naber ein Fenster zum Hof.");
		assertThat(comments().comments().get(3).paragraphs()).isEmpty();
	}

	@Test
	void notesThatTheHeaderClaimsMoreCommentsThanThePageHolds() {
		assertThat(comments().claimed()).isEqualTo(6);
		LineUse header = HtmlFixtures.useOf(this.page, this.post,
				"6 Gedanken zu „Fünf Etagen für alle: Der Wohnungsbau der Tauwetterjahre“");
		assertThat(header.label()).isEqualTo("comments claimed");
		assertThat(this.post.notes()).extracting(SourceNote::line, SourceNote::kind)
			.contains(tuple(header.line(), NoteKind.CLAIMED_VS_PRESENT));
		assertThat(this.post.notes()).filteredOn((n) -> n.kind() == NoteKind.CLAIMED_VS_PRESENT)
			.extracting(SourceNote::message)
			.containsExactly("The page claims 6 comments; this copy holds 5.");
	}

	@Test
	void namesTheFurnitureByStructure() {
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Antworten"))
			.extracting(LineUse::role, LineUse::label, LineUse::anchor)
			.containsExactly(LineRole.FURNITURE, "reply link", "c1");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Bearbeiten").label()).isEqualTo("edit link");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Schreibe einen Kommentar").label())
			.isEqualTo("comment form");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Teilen mit:").label()).isEqualTo("share buttons");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Ähnliche Beiträge").label()).isEqualTo("related posts");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Neueste Beiträge").label()).isEqualTo("sidebar");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Beitragsnavigation").label()).isEqualTo("post navigation");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Stolz präsentiert von WordPress").role())
			.isEqualTo(LineRole.FURNITURE);
	}

	@Test
	void accountsForEveryBlock() {
		HtmlFixtures.assertEveryBlockAccounted(this.page, this.post);
	}

}

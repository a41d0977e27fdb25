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
import org.thawcorpus.source.html.HtmlKinds;
import org.thawcorpus.source.html.HtmlPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A wordpress.com post saved as HTML: the blog's header, a standfirst above the byline, a
 * works-cited list, a list of replies standing beside its parent comment rather than
 * inside it, comment dates without a year, like buttons and a site footer.
 */
class BlogPostHtmlWordPressComTest {

	private final HtmlPage page = HtmlFixtures.page("wordpress-com.html");

	private final ParsedDocument post = new BlogPostKind().read(this.page);

	private ParsedComments comments() {
		return this.post.part(ParsedComments.class);
	}

	@Test
	void readsTitleAuthorDateAndBlog() {
		assertThat(HtmlKinds.parse(this.page).kind()).isEqualTo(BlogPostKind.KIND);
		assertThat(this.post.title()).isEqualTo("Queen of the Fields: Maize and the Plan of\u00a01955");
		ParsedByline facts = this.post.part(ParsedByline.class);
		assertThat(facts.author()).isEqualTo("Lotte Varga");
		assertThat(facts.published()).isEqualTo(LocalDate.of(2019, 6, 19));
		assertThat(facts.site()).isEqualTo("The Maize Desk");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "June 19, 2019").label()).isEqualTo("post date");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Lotte Varga").label()).isEqualTo("post author");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "The Maize Desk")).extracting(LineUse::role, LineUse::label)
			.containsExactly(LineRole.METADATA, "blog name");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Agriculture, Plans").label()).isEqualTo("categories");
	}

	@Test
	void readsTheStandfirstAndTheTextButNotTheShareAndSubscribeBoxes() {
		assertThat(HtmlFixtures.bodyTexts(this.post)).containsExactly(
				"How one crop became a campaign, and what the farm reports say about it.",
				"The campaign began with a speech and a photograph of a man standing in a field taller than he was.",
				"Farm chairmen were told to sow maize even where the summers were short [Varga 2011, p. 18].",
				"A maize field on a collective farm near Kursk, 1956");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Share this:").label()).isEqualTo("share buttons");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Email Newsletter").label())
			.isEqualTo("subscription prompt");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Like Loading...").label()).isEqualTo("like buttons");
	}

	@Test
	void readsTheWorksCitedListAsCitations() {
		assertThat(HtmlFixtures.worksCited(this.post)).singleElement().satisfies((cited) -> {
			assertThat(cited.title()).isEqualTo("Works Cited");
			assertThat(cited.passages()).extracting(ParsedPassage::anchor).containsExactly("w1", "w2");
			assertThat(cited.passages()).flatExtracting(ParsedPassage::citations)
				.extracting(FoundCitation::raw, (c) -> c.data().year())
				.containsExactly(tuple("Varga, Lotte. Fields of Promise. Budapest: Example Press, 2011.", 2011),
						tuple("Lind, Oskar. “Maize Reports, 1955–1959.” Rural History Review 4 (2015): 3–29.", 2015));
		});
		assertThat(this.post.lines()).filteredOn((u) -> u.role() == LineRole.CITATION).hasSize(2);
	}

	@Test
	void findsTheParentOfARepliesListStandingBesideIt() {
		assertThat(comments().comments())
			.extracting(ParsedComment::anchor, ParsedComment::author, ParsedComment::replyTo)
			.containsExactly(tuple("c1", "Oskar Lind", null), tuple("c2", "Lotte Varga", "c1"),
					tuple("c3", "Marta Ibsen", null));
	}

	@Test
	void completesDatesWithoutAYearFromThePostsDateAndSaysSo() {
		assertThat(comments().comments()).extracting(ParsedComment::date)
			.containsExactly(LocalDate.of(2019, 6, 20), LocalDate.of(2019, 6, 21), LocalDate.of(2020, 1, 3));
		assertThat(this.post.notes()).filteredOn((n) -> n.kind() == NoteKind.OTHER)
			.singleElement()
			.satisfies((n) -> assertThat(n.message()).contains("without a year"));
	}

	@Test
	void setsLikeButtonsAndTheClosedNoticeAside() {
		assertThat(comments().claimed()).isEqualTo(3);
		assertThat(this.post.notes()).noneMatch((n) -> n.kind() == NoteKind.CLAIMED_VS_PRESENT);
		assertThat(HtmlFixtures.useOf(this.page, this.post, "LikeLiked by 3 people"))
			.extracting(LineUse::role, LineUse::label, LineUse::anchor)
			.containsExactly(LineRole.FURNITURE, "like button", "c1");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Comments are closed.").label())
			.isEqualTo("comments closed");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Oskar Lind Jun 20th at 2:41 am"))
			.extracting(LineUse::role, LineUse::label)
			.containsExactly(LineRole.COMMENT, "comment author and date");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Start your own blog").role())
			.isEqualTo(LineRole.FURNITURE);
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Our Story").role()).isEqualTo(LineRole.FURNITURE);
	}

	@Test
	void accountsForEveryBlock() {
		HtmlFixtures.assertEveryBlockAccounted(this.page, this.post);
	}

}

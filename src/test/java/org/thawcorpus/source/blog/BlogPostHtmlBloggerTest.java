package org.thawcorpus.source.blog;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedByline;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.html.HtmlKinds;
import org.thawcorpus.source.html.HtmlPage;
import org.thawcorpus.source.html.TextBlock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A Blogger post saved as HTML: a date header above the post, the post inside the
 * {@code div.widget.Blog}, text with line breaks, a threaded comment list with replies,
 * reply and delete links, a "Posted by" line and labels.
 */
class BlogPostHtmlBloggerTest {

	private final HtmlPage page = HtmlFixtures.page("blogger-threaded.html");

	private final ParsedDocument post = new BlogPostKind().read(this.page);

	private ParsedComments comments() {
		return this.post.part(ParsedComments.class);
	}

	@Test
	void isRecognisedAsABlogPost() {
		assertThat(HtmlKinds.parse(this.page).kind()).isEqualTo(BlogPostKind.KIND);
	}

	@Test
	void takesThePostTitleNotTheBlogNameNorTheDateHeader() {
		assertThat(this.post.title()).isEqualTo("A spring that came late to the screen");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Sunday, March 3, 2013"))
			.extracting(LineUse::role, LineUse::label)
			.containsExactly(LineRole.METADATA, "post date");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Thaw Reels").role()).isEqualTo(LineRole.FURNITURE);
	}

	@Test
	void readsAuthorAndDateOfThePost() {
		ParsedByline facts = this.post.part(ParsedByline.class);
		assertThat(facts.author()).isEqualTo("Mirra Leontieva");
		assertThat(facts.published()).isEqualTo(LocalDate.of(2013, 3, 3));
		assertThat(facts.site()).isEqualTo("Thaw Reels");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Posted by Mirra Leontieva at 10:20 AM"))
			.extracting(LineUse::role, LineUse::label)
			.containsExactly(LineRole.METADATA, "byline");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Labels: censorship, film"))
			.extracting(LineUse::role, LineUse::label)
			.containsExactly(LineRole.METADATA, "labels");
	}

	@Test
	void readsThePostInsideTheBlogWidgetAsTextEachParagraphBetweenLineBreaksItsOwn() {
		assertThat(HtmlFixtures.bodyTexts(this.post)).containsExactly(
				"The film we call The Long Spring was finished in 1956 and shown to almost nobody until the autumn "
						+ "of 1957.",
				"Its director, an invented Vera Saltykova, kept a diary of every meeting with the studio council.",
				"The council asked for three changes, and the diary lists them (Saltykova, entry of 12 May 1957):",
				"A happier ending at the railway station.", "Fewer scenes in the communal kitchen.",
				"The poster, drawn by the studio's own artist", "She made the first change and refused the second.");
		assertThat(this.post.sections()).extracting(ParsedSection::title)
			.containsExactly(null, "What the council wanted");
		for (TextBlock block : this.page.within(this.page.dom().getElementById("post-body-4471"))) {
			assertThat(this.post.lines().get(block.number() - 1).role()).isIn(LineRole.PASSAGE, LineRole.HEADING);
		}
	}

	@Test
	void readsThreadedCommentsAndTheirReplies() {
		assertThat(comments().comments())
			.extracting(ParsedComment::anchor, ParsedComment::author, ParsedComment::date, ParsedComment::replyTo,
					ParsedComment::pingback)
			.containsExactly(tuple("c1", "Pavel Orlik", LocalDate.of(2013, 3, 4), null, false),
					tuple("c2", "Mirra Leontieva", LocalDate.of(2013, 3, 4), "c1", false),
					tuple("c3", "Anonymous", LocalDate.of(2013, 3, 5), "c1", false),
					tuple("c4", "Wendel Grau", LocalDate.of(2013, 3, 11), null, false));
		assertThat(comments().comments().get(0).paragraphs()).extracting(ParsedPassage::anchor, ParsedPassage::text)
			.containsExactly(tuple("c1-1", "Was the diary ever printed?"),
					tuple("c1-2", "I have only seen quotations from it."));
	}

	@Test
	void readsTheClaimedCountAndFindsItMatched() {
		assertThat(comments().claimed()).isEqualTo(4);
		assertThat(HtmlFixtures.useOf(this.page, this.post, "4 comments:").label()).isEqualTo("comments claimed");
		assertThat(this.post.notes()).noneMatch((n) -> n.kind() == NoteKind.CLAIMED_VS_PRESENT);
	}

	@Test
	void setsReplyDeleteAndThreadLinksAside() {
		assertThat(HtmlFixtures.useOf(this.page, this.post, "ReplyDelete"))
			.extracting(LineUse::role, LineUse::label, LineUse::anchor)
			.containsExactly(LineRole.FURNITURE, "reply link", "c1");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Replies").label()).isEqualTo("thread toggle");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Delete").label()).isEqualTo("admin links");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Add comment").label()).isEqualTo("reply link");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Post a Comment").label()).isEqualTo("comment form");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Newer Post Home").label()).isEqualTo("post navigation");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Blog Archive").label()).isEqualTo("sidebar");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Email ThisShare to Twitter").label())
			.isEqualTo("share buttons");
	}

	@Test
	void accountsForEveryBlock() {
		HtmlFixtures.assertEveryBlockAccounted(this.page, this.post);
	}

}

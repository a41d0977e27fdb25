package org.thawcorpus.source.blog;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedByline;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.html.HtmlKinds;
import org.thawcorpus.source.html.HtmlPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WordPress post whose comments the Epoch plugin loads by script: the saved page claims
 * "There are 13 comments" and holds none of them.
 */
class BlogPostHtmlEpochTest {

	private final HtmlPage page = HtmlFixtures.page("epoch-no-comments.html");

	private final ParsedDocument post = new BlogPostKind().read(this.page);

	@Test
	void readsThePost() {
		assertThat(HtmlKinds.parse(this.page).kind()).isEqualTo(BlogPostKind.KIND);
		assertThat(this.post.title()).isEqualTo("Youth Festival Diaries Resurface in a Provincial Archive");
		ParsedByline facts = this.post.part(ParsedByline.class);
		assertThat(facts.author()).isEqualTo("Hedda Rainer");
		assertThat(facts.published()).isEqualTo(LocalDate.of(2017, 3, 9));
		assertThat(HtmlFixtures.bodyTexts(this.post)).hasSize(4)
			.contains("We danced until the militia came, and then they danced too.")
			.noneMatch((text) -> text.contains("Recent Comments") || text.contains("Leave a Reply"));
	}

	@Test
	void readsTheClaimedCountFromTheMarkupAndNotesTheCommentsAreMissing() {
		ParsedComments comments = this.post.part(ParsedComments.class);
		assertThat(comments.claimed()).isEqualTo(13);
		assertThat(comments.comments()).isEmpty();
		LineUse header = HtmlFixtures.useOf(this.page, this.post, "There are 13 comments");
		assertThat(header.role()).isEqualTo(LineRole.METADATA);
		assertThat(this.post.notes()).filteredOn((n) -> n.kind() == NoteKind.CLAIMED_VS_PRESENT)
			.singleElement()
			.satisfies((note) -> {
				assertThat(note.line()).isEqualTo(header.line());
				assertThat(note.message()).startsWith("The page claims 13 comments").contains("not in the saved page");
			});
		assertThat(this.post.notes()).extracting(SourceNote::kind).containsOnly(NoteKind.CLAIMED_VS_PRESENT);
	}

	@Test
	void setsMenusBreadcrumbsFormAndSidebarAside() {
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Leave a Reply").label()).isEqualTo("comment form");
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Contact Us").role()).isEqualTo(LineRole.FURNITURE);
		assertThat(HtmlFixtures.useOf(this.page, this.post, "Nora on Thanks for the list").role())
			.isEqualTo(LineRole.FURNITURE);
		assertThat(
				HtmlFixtures.useOf(this.page, this.post, "Previous Post: Archive Fire Spares the Card Index").label())
			.isEqualTo("post navigation");
		HtmlFixtures.assertEveryBlockAccounted(this.page, this.post);
	}

}

package org.thawcorpus.source.book;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.SourceNote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The text copy of a page of all of a book's reviews: the site's header above "Ratings &
 * Reviews for", the title under it, then the contributors, as the page's markup reads.
 */
class BookReviewsPageTextTest {

	private final ParsedDocument page = BookFixtures.parse("reviews-page.txt");

	@Test
	void takesTheLineUnderTheHeadingAsTheTitleAndTheLinesAboveAsThePageHeader() {
		assertThat(this.page.title()).isEqualTo("The Lilac Winter");
		assertThat(this.page.lines().subList(0, 10)).extracting(LineUse::role, LineUse::label)
			.containsExactly(tuple(LineRole.FURNITURE, "site menu"), tuple(LineRole.FURNITURE, "site menu"),
					tuple(LineRole.FURNITURE, "site menu"), tuple(LineRole.FURNITURE, "sign-in prompt"),
					tuple(LineRole.FURNITURE, "sign-in prompt"), tuple(LineRole.FURNITURE, "Want to read"),
					tuple(LineRole.FURNITURE, "Rate this book"), tuple(LineRole.FURNITURE, "Ratings & Reviews for"),
					tuple(LineRole.TITLE, "title"), tuple(LineRole.METADATA, "author"));
	}

	@Test
	void namesTheAuthorsWithoutTheContributorsPrintedWithARole() {
		assertThat(this.page.part(ParsedBook.class).author()).isEqualTo("Irina Saltykova");
		assertThat(BookPageReader.authors("Ada Kern, Leo Brik (Editor), Mila Orsha")).isEqualTo("Ada Kern, Mila Orsha");
		assertThat(BookPageReader.authors("Leo Brik (Editor)")).isEqualTo("Leo Brik (Editor)");
	}

	@Test
	void readsTheReviewsWithAbbreviatedFollowersAndTheClaim() {
		List<ParsedReview> reviews = this.page.part(ParsedReviews.class).reviews();
		assertThat(reviews).hasSize(6);
		assertThat(reviews.get(1))
			.extracting(ParsedReview::reviewer, (r) -> r.reviewerReviews().value(),
					(r) -> r.reviewerFollowers().value(), (r) -> r.reviewerFollowers().printed(),
					(r) -> r.reviewerFollowers().exact())
			.containsExactly("Marina Sokolik", 204L, 3100L, "3.1k", false);
		assertThat(this.page.part(ParsedBook.class).reviewsClaimed()).isEqualTo(7);
		assertThat(this.page.notes()).extracting(SourceNote::kind, SourceNote::message)
			.containsExactly(tuple(NoteKind.CLAIMED_VS_PRESENT, "The page claims 7 reviews; this copy holds 6."));
	}

	@Test
	void takesTheLineUnderTheHeadingAsTheTitleEvenWhereItIsAWordOfTheSiteMenu() {
		ParsedDocument home = BookFixtures.parseText(String.join("\n", "Home", "My Books", "Genres", "Sign in", "Join",
				"Want to read", "Rate this book", "Ratings & Reviews for", "Genres", "Ann Vos", "Want to read",
				"Rate this book", "3.98", "12 ratings1 review", "Displaying 1 of 1 review", "Noor", "12 reviews",
				"May 5, 2019", "Short and sharp.", ""));
		assertThat(home.title()).isEqualTo("Genres");
		assertThat(home.part(ParsedBook.class).author()).isEqualTo("Ann Vos");
		assertThat(home.part(ParsedBook.class).genres()).isEmpty();
		assertThat(home.part(ParsedReviews.class).reviews()).extracting(ParsedReview::reviewer).containsExactly("Noor");
		assertThat(home.unaccounted()).isEmpty();
	}

	@Test
	void readsAClaimOfASingleReview() {
		assertThat(ReviewClaims.displaying("Displaying 1 of 1 review").group(3)).isEqualTo("1");
		assertThat(ReviewClaims.displaying("Displaying 1 - 30 of 5,000 reviews").group(3)).isEqualTo("5,000");
		assertThat(ReviewClaims.displaying("Displaying reviews")).isNull();
	}

}

package org.thawcorpus.source.book;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.SourceNote;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A book page copied without the "Profile Image for" lines, with a year-only publication
 * date, a format alone and no histogram.
 */
class BookPageBareNamesTest {

	private final ParsedDocument page = BookFixtures.parse("bare-names.txt");

	@Test
	void recognisesReviewersByTheFieldsAfterTheirNames() {
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::reviewer)
			.containsExactly("Margit Fekete", "Leonard A. Quist", "Yusuf Demir", "Noor");
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::firstLine)
			.containsExactly(26, 31, 38, 45);
		assertThat(use(31)).isEqualTo(new LineUse(31, LineRole.REVIEW, "reviewer", "r2"));
	}

	@Test
	void recognisesReviewerFollowedOnlyByDate() {
		ParsedReview noor = this.page.part(ParsedReviews.class).reviews().get(3);
		assertThat(noor.date()).isEqualTo(LocalDate.of(2022, 12, 7));
		assertThat(noor.reviewerReviews()).isNull();
		assertThat(noor.paragraphs()).extracting(ParsedPassage::text).containsExactly("Short and sharp.");
	}

	@Test
	void keepsReviewParagraphsAcrossBlankLines() {
		assertThat(this.page.part(ParsedReviews.class).reviews().get(1).paragraphs())
			.extracting(ParsedPassage::firstLine)
			.containsExactly(35, 37);
		assertThat(this.page.part(ParsedReviews.class).reviews().get(1).reviewerIsAuthor()).isTrue();
		assertThat(this.page.part(ParsedReviews.class).reviews().get(1).reviewerFollowers().value()).isEqualTo(1);
	}

	@Test
	void readsSpoilerNoticeBeforeBody() {
		ParsedReview yusuf = this.page.part(ParsedReviews.class).reviews().get(2);
		assertThat(yusuf.spoiler()).isTrue();
		assertThat(yusuf.paragraphs()).extracting(ParsedPassage::firstLine).containsExactly(44);
		assertThat(use(42)).isEqualTo(new LineUse(42, LineRole.REVIEW, "spoiler notice", "r3"));
		assertThat(use(43)).isEqualTo(new LineUse(43, LineRole.FURNITURE, "Show full review", null));
		assertThat(this.page.notes()).containsExactly(new SourceNote(42, NoteKind.SPOILER_HIDDEN,
				"The page hid review r3 by Yusuf Demir because of spoilers."));
	}

	@Test
	void readsYearOnlyFirstPublishedWithoutDateOrNote() {
		assertThat(this.page.part(ParsedBook.class).firstPublished()).isNull();
		assertThat(this.page.part(ParsedBook.class).firstPublishedText()).isEqualTo("1962");
		assertThat(this.page.notes()).noneMatch((note) -> note.kind() == NoteKind.UNREADABLE_VALUE);
	}

	@Test
	void readsFormatAlone() {
		assertThat(this.page.part(ParsedBook.class).format()).isEqualTo("Hardcover");
		assertThat(this.page.part(ParsedBook.class).pages()).isNull();
		assertThat(use(12)).isEqualTo(new LineUse(12, LineRole.METADATA, "format", null));
	}

	@Test
	void readsAuthorNotAsReviewer() {
		assertThat(this.page.part(ParsedBook.class).author()).isEqualTo("Varvara Sennikova");
		assertThat(this.page.part(ParsedBook.class).authorBooks().value()).isEqualTo(3);
		assertThat(this.page.part(ParsedBook.class).authorFollowers()).isNull();
		assertThat(use(18).role()).isEqualTo(LineRole.METADATA);
	}

	@Test
	void readsPageWithoutHistogramOrClaim() {
		assertThat(this.page.part(ParsedBook.class).histogram()).isEmpty();
		assertThat(this.page.part(ParsedBook.class).reviewsClaimed()).isNull();
		assertThat(this.page.part(ParsedBook.class).currentlyReading()).isNull();
	}

	@Test
	void accountsForEveryLine() {
		assertThat(this.page.unaccounted()).isEmpty();
	}

	private LineUse use(int line) {
		return this.page.lines().get(line - 1);
	}

}

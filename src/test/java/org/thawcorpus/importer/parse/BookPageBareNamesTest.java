package org.thawcorpus.importer.parse;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.thawcorpus.document.LineRole;
import org.thawcorpus.document.NoteKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A book page copied without the "Profile Image for" lines, with a year-only publication
 * date, a format alone and no histogram.
 */
class BookPageBareNamesTest {

	private final ParsedDocument page = BookFixtures.parse("bare-names.txt");

	@Test
	void recognisesReviewersByTheFieldsAfterTheirNames() {
		assertThat(this.page.reviews()).extracting(ParsedReview::reviewer)
			.containsExactly("Margit Fekete", "Leonard A. Quist", "Yusuf Demir", "Noor");
		assertThat(this.page.reviews()).extracting(ParsedReview::firstLine).containsExactly(26, 31, 38, 45);
		assertThat(use(31)).isEqualTo(new LineUse(31, LineRole.REVIEW, "reviewer", "r2"));
	}

	@Test
	void recognisesReviewerFollowedOnlyByDate() {
		ParsedReview noor = this.page.reviews().get(3);
		assertThat(noor.date()).isEqualTo(LocalDate.of(2022, 12, 7));
		assertThat(noor.reviewerReviews()).isNull();
		assertThat(noor.paragraphs()).extracting(ParsedPassage::text).containsExactly("Short and sharp.");
	}

	@Test
	void keepsReviewParagraphsAcrossBlankLines() {
		assertThat(this.page.reviews().get(1).paragraphs()).extracting(ParsedPassage::firstLine)
			.containsExactly(35, 37);
		assertThat(this.page.reviews().get(1).reviewerIsAuthor()).isTrue();
		assertThat(this.page.reviews().get(1).reviewerFollowers()).isEqualTo(1);
	}

	@Test
	void readsSpoilerNoticeBeforeBody() {
		ParsedReview yusuf = this.page.reviews().get(2);
		assertThat(yusuf.spoiler()).isTrue();
		assertThat(yusuf.paragraphs()).extracting(ParsedPassage::firstLine).containsExactly(44);
		assertThat(use(42)).isEqualTo(new LineUse(42, LineRole.REVIEW, "spoiler notice", "r3"));
		assertThat(use(43)).isEqualTo(new LineUse(43, LineRole.FURNITURE, "Show full review", null));
		assertThat(this.page.notes()).containsExactly(new SourceNote(42, NoteKind.SPOILER_HIDDEN,
				"The page hid review r3 by Yusuf Demir because of spoilers."));
	}

	@Test
	void readsYearOnlyFirstPublishedWithoutDateOrNote() {
		assertThat(this.page.book().firstPublished()).isNull();
		assertThat(this.page.book().firstPublishedText()).isEqualTo("1962");
		assertThat(this.page.notes()).noneMatch((note) -> note.kind() == NoteKind.UNREADABLE_VALUE);
	}

	@Test
	void readsFormatAlone() {
		assertThat(this.page.book().format()).isEqualTo("Hardcover");
		assertThat(this.page.book().pages()).isNull();
		assertThat(use(12)).isEqualTo(new LineUse(12, LineRole.METADATA, "format", null));
	}

	@Test
	void readsAuthorNotAsReviewer() {
		assertThat(this.page.book().author()).isEqualTo("Varvara Sennikova");
		assertThat(this.page.book().authorBooks()).isEqualTo(3);
		assertThat(this.page.book().authorFollowers()).isNull();
		assertThat(use(18).role()).isEqualTo(LineRole.METADATA);
	}

	@Test
	void readsPageWithoutHistogramOrClaim() {
		assertThat(this.page.book().histogram()).isEmpty();
		assertThat(this.page.book().reviewsClaimed()).isNull();
		assertThat(this.page.book().currentlyReading()).isNull();
	}

	@Test
	void accountsForEveryLine() {
		assertThat(this.page.unaccounted()).isEmpty();
	}

	private LineUse use(int line) {
		return this.page.lines().get(line - 1);
	}

}

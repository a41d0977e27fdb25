package org.thawcorpus.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.book.BookDetails;
import org.thawcorpus.book.BookDetailsRepository;
import org.thawcorpus.document.Comment;
import org.thawcorpus.document.CommentRepository;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.Review;
import org.thawcorpus.document.ReviewRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the parsers read beyond titles and passages is stored: a book's ratings summary,
 * genres and edition, a review's likes, a comment's thread and pingbacks.
 */
@CorpusTest
class StoredDetailsImportTest {

	@TempDir
	Path dir;

	@Autowired
	SourceImporter importer;

	@Autowired
	DocumentRepository documents;

	@Autowired
	BookDetailsRepository books;

	@Autowired
	ReviewRepository reviews;

	@Autowired
	CommentRepository comments;

	@Test
	void storesTheRatingsSummaryGenresAndEditionOfABook() throws IOException {
		Document document = importFixture("book/labelled-edition-older.txt");
		BookDetails book = this.books.findById(document.getId()).orElseThrow();
		assertThat(book.getPrintedAverage()).isEqualByComparingTo("4.31");
		assertThat(book.getPrintedRatings()).isEqualTo(1204);
		assertThat(book.getPrintedReviews()).isEqualTo(12);
		assertThat(book.getGenres()).containsExactly("History", "Latvia", "Nonfiction", "Politics");
		assertThat(book.getIsbn()).isEqualTo("9780306406157");
		assertThat(book.getAsin()).isEqualTo("B00K7Q2RXZ");
		assertThat(book.getLanguage()).isEqualTo("Latvian");
		assertThat(book.getPublisher()).isEqualTo("Harvill Press");
		assertThat(book.getSeries()).isEqualTo("Riga Quartet, #1");
	}

	@Test
	void storesTheLikesAndCommentsUnderAReview() throws IOException {
		Document document = importFixture("book/details-first-goodreads.txt");
		assertThat(this.reviews.findByDocumentId(document.getId(), PageRequest.of(0, 10, Sort.by("position")))
			.getContent()).extracting(Review::getLikes, Review::getCommentCount)
			.containsExactly(tuple(24, null), tuple(1, null), tuple(3, 2), tuple(null, null), tuple(7, null));
	}

	@Test
	void storesRepliesAndPingbacks() throws IOException {
		Document document = importFixture("blog/subheadings-threads-pingback.txt");
		assertThat(this.comments.findByDocumentIdOrderByPosition(document.getId()))
			.extracting(Comment::getAnchor, Comment::getReplyTo, Comment::isPingback)
			.containsExactly(tuple("c1", null, false), tuple("c2", "c1", false), tuple("c3", "c2", false),
					tuple("c4", "c3", false), tuple("c5", null, true));
		assertThat(document.getLinesAccounted()).isEqualTo(document.getLinesPresent());
	}

	private Document importFixture(String fixture) throws IOException {
		Path file = this.dir.resolve(fixture.replace('/', '-'));
		Files.copy(Path.of("src/test/resources/fixtures", fixture), file);
		ImportOutcome outcome = this.importer.importFile(file);
		assertThat(outcome.status()).as(outcome.message()).isEqualTo(ImportStatus.IMPORTED);
		return this.documents.findBySourcePath(file.normalize().toString()).orElseThrow();
	}

}

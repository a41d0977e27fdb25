package org.thawcorpus.document;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.thawcorpus.source.PrintedCount;
import org.thawcorpus.source.book.ParsedReview;

/** A review present in a book page's copy. Its paragraphs are passages. */
@Entity
@Table(name = "reviews")
public class Review {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reviews_seq")
	@SequenceGenerator(name = "reviews_seq", sequenceName = "reviews_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id")
	private Document document;

	private int position;

	private String anchor;

	private String reviewer;

	private boolean reviewerIsAuthor;

	private Integer reviewerBooks;

	private Integer reviewerReviews;

	private Integer reviewerFollowers;

	private String reviewerBooksPrinted;

	private String reviewerReviewsPrinted;

	private String reviewerFollowersPrinted;

	@Column(name = "review_date")
	private LocalDate date;

	private Integer rating;

	private String shelf;

	private boolean spoiler;

	private int textLength;

	private int firstLine;

	private int lastLine;

	private Integer likes;

	private Integer commentCount;

	protected Review() {
	}

	/** The review at {@code position} (0-based, page order) of a document, as parsed. */
	public Review(Document document, int position, ParsedReview parsed) {
		this.document = document;
		this.position = position;
		this.anchor = parsed.anchor();
		this.reviewer = parsed.reviewer();
		this.reviewerIsAuthor = parsed.reviewerIsAuthor();
		this.reviewerBooks = PrintedCount.intOrNull(parsed.reviewerBooks());
		this.reviewerReviews = PrintedCount.intOrNull(parsed.reviewerReviews());
		this.reviewerFollowers = PrintedCount.intOrNull(parsed.reviewerFollowers());
		this.reviewerBooksPrinted = PrintedCount.printedOrNull(parsed.reviewerBooks());
		this.reviewerReviewsPrinted = PrintedCount.printedOrNull(parsed.reviewerReviews());
		this.reviewerFollowersPrinted = PrintedCount.printedOrNull(parsed.reviewerFollowers());
		this.date = parsed.date();
		this.rating = parsed.rating();
		this.shelf = parsed.shelf();
		this.spoiler = parsed.spoiler();
		this.textLength = parsed.paragraphs().stream().mapToInt((p) -> p.text().length()).sum();
		this.firstLine = parsed.firstLine();
		this.lastLine = parsed.lastLine();
		this.likes = parsed.likes();
		this.commentCount = parsed.comments();
	}

	public Long getId() {
		return this.id;
	}

	public Document getDocument() {
		return this.document;
	}

	public int getPosition() {
		return this.position;
	}

	public String getAnchor() {
		return this.anchor;
	}

	public String getReviewer() {
		return this.reviewer;
	}

	public boolean isReviewerIsAuthor() {
		return this.reviewerIsAuthor;
	}

	public Integer getReviewerBooks() {
		return this.reviewerBooks;
	}

	public Integer getReviewerReviews() {
		return this.reviewerReviews;
	}

	public Integer getReviewerFollowers() {
		return this.reviewerFollowers;
	}

	/**
	 * The reviewer's books as printed, or null (imported before printed forms were kept).
	 */
	public String getReviewerBooksPrinted() {
		return this.reviewerBooksPrinted;
	}

	/** The reviewer's reviews as printed, or null. */
	public String getReviewerReviewsPrinted() {
		return this.reviewerReviewsPrinted;
	}

	/** The reviewer's followers as printed ("15.2k"), or null. */
	public String getReviewerFollowersPrinted() {
		return this.reviewerFollowersPrinted;
	}

	public LocalDate getDate() {
		return this.date;
	}

	/** Stars 1-5 when the copy shows them; null for an unrated review. */
	public Integer getRating() {
		return this.rating;
	}

	public String getShelf() {
		return this.shelf;
	}

	public boolean isSpoiler() {
		return this.spoiler;
	}

	/** Characters in the review's paragraphs, for sorting by length. */
	public int getTextLength() {
		return this.textLength;
	}

	public int getFirstLine() {
		return this.firstLine;
	}

	public int getLastLine() {
		return this.lastLine;
	}

	/** The likes printed under the review ("12 likes"), or null. */
	public Integer getLikes() {
		return this.likes;
	}

	/** The comments printed under the review ("3 comments"), or null. */
	public Integer getCommentCount() {
		return this.commentCount;
	}

}

package org.thawcorpus.review;

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

import org.thawcorpus.document.Document;

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

	public Review(Document document, int position, String anchor, String reviewer, boolean reviewerIsAuthor,
			Integer reviewerBooks, Integer reviewerReviews, Integer reviewerFollowers, LocalDate date, Integer rating,
			String shelf, boolean spoiler, int textLength, int firstLine, int lastLine) {
		this.document = document;
		this.position = position;
		this.anchor = anchor;
		this.reviewer = reviewer;
		this.reviewerIsAuthor = reviewerIsAuthor;
		this.reviewerBooks = reviewerBooks;
		this.reviewerReviews = reviewerReviews;
		this.reviewerFollowers = reviewerFollowers;
		this.date = date;
		this.rating = rating;
		this.shelf = shelf;
		this.spoiler = spoiler;
		this.textLength = textLength;
		this.firstLine = firstLine;
		this.lastLine = lastLine;
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

	/**
	 * Records the likes and comments printed under the review, each null if not shown.
	 */
	public void setReactions(Integer likes, Integer commentCount) {
		this.likes = likes;
		this.commentCount = commentCount;
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

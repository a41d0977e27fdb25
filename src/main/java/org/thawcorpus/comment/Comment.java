package org.thawcorpus.comment;

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

/** A comment present under a blog post. Its paragraphs are passages. */
@Entity
@Table(name = "comments")
public class Comment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comments_seq")
	@SequenceGenerator(name = "comments_seq", sequenceName = "comments_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id")
	private Document document;

	private int position;

	private String anchor;

	private Integer number;

	private String author;

	@Column(name = "comment_date")
	private LocalDate date;

	private int firstLine;

	private int lastLine;

	private String replyTo;

	private boolean pingback;

	protected Comment() {
	}

	public Comment(Document document, int position, String anchor, Integer number, String author, LocalDate date,
			int firstLine, int lastLine) {
		this.document = document;
		this.position = position;
		this.anchor = anchor;
		this.number = number;
		this.author = author;
		this.date = date;
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

	/** The number printed before the comment, or null. */
	public Integer getNumber() {
		return this.number;
	}

	/** The commenter's name when the copy shows it, or null. */
	public String getAuthor() {
		return this.author;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public int getFirstLine() {
		return this.firstLine;
	}

	public int getLastLine() {
		return this.lastLine;
	}

	/**
	 * Records where the comment stands in its thread.
	 * @param replyTo the anchor of the comment it replies to, or null
	 * @param pingback whether it is a pingback or trackback from another page
	 */
	public void setThread(String replyTo, boolean pingback) {
		this.replyTo = replyTo;
		this.pingback = pingback;
	}

	/**
	 * The anchor of the comment this one replies to, or null for a comment on the post.
	 */
	public String getReplyTo() {
		return this.replyTo;
	}

	/**
	 * Whether this is a pingback or trackback: another page linking here, its author the
	 * linking page.
	 */
	public boolean isPingback() {
		return this.pingback;
	}

}

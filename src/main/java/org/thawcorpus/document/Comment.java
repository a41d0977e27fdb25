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

import org.thawcorpus.source.blog.ParsedComment;

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

	/** The comment at {@code position} (0-based, page order) of a document, as parsed. */
	public Comment(Document document, int position, ParsedComment parsed) {
		this.document = document;
		this.position = position;
		this.anchor = parsed.anchor();
		this.number = parsed.number();
		this.author = parsed.author();
		this.date = parsed.date();
		this.firstLine = parsed.firstLine();
		this.lastLine = parsed.lastLine();
		this.replyTo = parsed.replyTo();
		this.pingback = parsed.pingback();
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

package org.thawcorpus.document;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One imported source: a copy of a web page, identified by the path it was imported from.
 * Its parts (sections, passages, reviews, comments, citations, notes, source lines) refer
 * to it and are deleted with it.
 */
@Entity
@Table(name = "documents")
public class Document {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String sourcePath;

	private String sourceFile;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	private String title;

	private String contentHash;

	private long byteSize;

	private int lineCount;

	private int linesPresent;

	private int linesAccounted;

	private int passageCount;

	private int citationCount;

	private int reviewCount;

	private int commentCount;

	@Column(name = "comments_claimed")
	private Integer commentsClaimed;

	private String workKey;

	private Instant importedAt;

	protected Document() {
	}

	public Document(String slug, String sourcePath, String sourceFile, DocumentKind kind, String title,
			String contentHash, long byteSize, Instant importedAt) {
		this.slug = slug;
		this.sourcePath = sourcePath;
		this.sourceFile = sourceFile;
		this.kind = kind;
		this.title = title;
		this.contentHash = contentHash;
		this.byteSize = byteSize;
		this.importedAt = importedAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getSourcePath() {
		return this.sourcePath;
	}

	public String getSourceFile() {
		return this.sourceFile;
	}

	public DocumentKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public String getContentHash() {
		return this.contentHash;
	}

	public long getByteSize() {
		return this.byteSize;
	}

	/** All lines of the source, blank ones included. */
	public int getLineCount() {
		return this.lineCount;
	}

	/** The non-blank lines of the source. */
	public int getLinesPresent() {
		return this.linesPresent;
	}

	/** The non-blank lines that became something: a passage, a field, named furniture. */
	public int getLinesAccounted() {
		return this.linesAccounted;
	}

	public int getPassageCount() {
		return this.passageCount;
	}

	public int getCitationCount() {
		return this.citationCount;
	}

	public int getReviewCount() {
		return this.reviewCount;
	}

	public int getCommentCount() {
		return this.commentCount;
	}

	/** The number of comments the page claims to have, or null if it claims none. */
	public Integer getCommentsClaimed() {
		return this.commentsClaimed;
	}

	/**
	 * For a book page, the work key its citations elsewhere would have; otherwise null.
	 */
	public String getWorkKey() {
		return this.workKey;
	}

	public void setWorkKey(String workKey) {
		this.workKey = workKey;
	}

	public Instant getImportedAt() {
		return this.importedAt;
	}

	/**
	 * Records the counts of what was imported, for listings that must not load the parts.
	 */
	public void setCounts(int lineCount, int linesPresent, int linesAccounted, int passageCount, int citationCount,
			int reviewCount, int commentCount, Integer commentsClaimed) {
		this.lineCount = lineCount;
		this.linesPresent = linesPresent;
		this.linesAccounted = linesAccounted;
		this.passageCount = passageCount;
		this.citationCount = citationCount;
		this.reviewCount = reviewCount;
		this.commentCount = commentCount;
		this.commentsClaimed = commentsClaimed;
	}

}

package org.thawcorpus.document;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.thawcorpus.source.DocumentKind;

/**
 * One imported source: a copy of a web page, identified by the path it was imported from.
 * Its parts (sections, passages, reviews, comments, citations, notes, source lines) refer
 * to it and are deleted with it.
 */
@Entity
@Table(name = "documents")
public class Document {

	/**
	 * The longest sort key or title key, in UTF-16 units: at most 1,500 bytes in UTF-8,
	 * which a PostgreSQL B-tree entry (at most about 2,700 bytes) holds with the other
	 * columns of its index.
	 */
	public static final int SORT_KEY_LENGTH = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "documents_seq")
	@SequenceGenerator(name = "documents_seq", sequenceName = "documents_seq", allocationSize = 50)
	private Long id;

	private String slug;

	private String sourcePath;

	private String sourceFile;

	@Convert(converter = DocumentKindConverter.class)
	private DocumentKind kind;

	private String title;

	private String titleKey;

	private String titleSort;

	@Enumerated(EnumType.STRING)
	@Column(name = "source_format")
	private SourceFormat format;

	private int furnitureCount;

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

	private String copyOf;

	@Embedded
	private Byline byline;

	private Instant importedAt;

	protected Document() {
	}

	/** A document of that kind and title, imported from a source file. */
	public Document(String slug, DocumentOrigin origin, DocumentKind kind, String title) {
		this.slug = slug;
		this.sourcePath = origin.sourcePath();
		this.sourceFile = origin.sourceFile();
		this.format = origin.format();
		this.contentHash = origin.contentHash();
		this.byteSize = origin.byteSize();
		this.importedAt = origin.importedAt();
		this.kind = kind;
		this.title = title;
		this.titleKey = titleKey(title);
		this.titleSort = titleSort(title);
	}

	/**
	 * A title folded for case and cut to {@link #SORT_KEY_LENGTH}, as stored with each
	 * document: documents whose titles are the same but for case have the same key (and
	 * so do titles that differ only past the cut).
	 */
	public static String titleKey(String title) {
		return (title != null) ? cut(title.toUpperCase(Locale.ROOT)) : null;
	}

	/**
	 * The start of a title that orders the lists of documents and citations: the title
	 * cut to {@link #SORT_KEY_LENGTH} (titles alike up to there fall to the id).
	 */
	public static String titleSort(String title) {
		return (title != null) ? cut(title) : null;
	}

	private static String cut(String text) {
		if (text.length() <= SORT_KEY_LENGTH) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(SORT_KEY_LENGTH - 1)) ? SORT_KEY_LENGTH - 1 : SORT_KEY_LENGTH;
		return text.substring(0, end);
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

	public String getTitleSort() {
		return this.titleSort;
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
	 * Records how the source's lines were accounted for.
	 * @param lineCount all lines, blank ones included
	 * @param present the non-blank lines
	 * @param accounted the non-blank lines that became something
	 * @param furniture the non-blank lines that are page furniture
	 */
	public void countLines(int lineCount, int present, int accounted, int furniture) {
		this.lineCount = lineCount;
		this.linesPresent = present;
		this.linesAccounted = accounted;
		this.furnitureCount = furniture;
	}

	/**
	 * The slug of the document this one is another copy of (the same page saved as HTML
	 * and copied as text, say), or null.
	 */
	public String getCopyOf() {
		return this.copyOf;
	}

	/** Who wrote the document, when and where, as its source states it; or null. */
	public Byline getByline() {
		return this.byline;
	}

	public void setByline(Byline byline) {
		this.byline = byline;
	}

	public void markCopyOf(String slug) {
		this.copyOf = slug;
	}

	/** A text copy or a saved page. */
	public SourceFormat getFormat() {
		return this.format;
	}

	/** The non-blank lines (text blocks of a page) that are page furniture. */
	public int getFurnitureCount() {
		return this.furnitureCount;
	}

	/**
	 * Records the document's own passages (not reviews' or comments') and all its
	 * citations.
	 */
	public void countText(int passages, int citations) {
		this.passageCount = passages;
		this.citationCount = citations;
	}

	/** Records the reviews present. */
	public void countReviews(int present) {
		this.reviewCount = present;
	}

	/** Records the comments present and the number the page claims, or null. */
	public void countComments(int present, Integer claimed) {
		this.commentCount = present;
		this.commentsClaimed = claimed;
	}

}

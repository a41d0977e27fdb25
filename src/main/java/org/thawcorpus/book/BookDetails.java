package org.thawcorpus.book;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.thawcorpus.document.Document;
import org.thawcorpus.source.PrintedCount;
import org.thawcorpus.source.book.HistogramBar;
import org.thawcorpus.source.book.ParsedBook;

/** What a book page shows about its book: details, author, and the star histogram. */
@Entity
@Table(name = "book_details")
public class BookDetails {

	@Id
	private Long documentId;

	@MapsId
	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id")
	private Document document;

	private String author;

	private Integer authorBooks;

	private Integer authorFollowers;

	private String authorBooksPrinted;

	private String authorFollowersPrinted;

	private Integer pages;

	private String format;

	private LocalDate firstPublished;

	private String firstPublishedText;

	private Integer currentlyReading;

	private Integer wantToRead;

	private String currentlyReadingPrinted;

	private String wantToReadPrinted;

	private Integer stars5;

	private Integer stars4;

	private Integer stars3;

	private Integer stars2;

	private Integer stars1;

	private Integer percent5;

	private Integer percent4;

	private Integer percent3;

	private Integer percent2;

	private Integer percent1;

	private Integer reviewsClaimed;

	@Column(precision = 3, scale = 2)
	private BigDecimal printedAverage;

	private Integer printedRatings;

	private Integer printedReviews;

	private String genres;

	private String isbn;

	private String asin;

	private String language;

	private String publisher;

	private String series;

	protected BookDetails() {
	}

	/** The details a book page shows about its book, as parsed. */
	public BookDetails(Document document, ParsedBook book) {
		this.document = document;
		this.author = book.author();
		this.authorBooks = PrintedCount.intOrNull(book.authorBooks());
		this.authorFollowers = PrintedCount.intOrNull(book.authorFollowers());
		this.authorBooksPrinted = PrintedCount.printedOrNull(book.authorBooks());
		this.authorFollowersPrinted = PrintedCount.printedOrNull(book.authorFollowers());
		this.pages = book.pages();
		this.format = book.format();
		this.firstPublished = book.firstPublished();
		this.firstPublishedText = book.firstPublishedText();
		this.currentlyReading = PrintedCount.intOrNull(book.currentlyReading());
		this.wantToRead = PrintedCount.intOrNull(book.wantToRead());
		this.currentlyReadingPrinted = PrintedCount.printedOrNull(book.currentlyReading());
		this.wantToReadPrinted = PrintedCount.printedOrNull(book.wantToRead());
		this.reviewsClaimed = book.reviewsClaimed();
		this.printedAverage = book.printedAverage();
		this.printedRatings = book.printedRatings();
		this.printedReviews = book.printedReviews();
		this.genres = book.genres().isEmpty() ? null : String.join("\n", book.genres());
		this.isbn = book.isbn();
		this.asin = book.asin();
		this.language = book.language();
		this.publisher = book.publisher();
		this.series = book.series();
		for (HistogramBar bar : book.histogram()) {
			setBar(bar.stars(), bar.count(), bar.printedPercent());
		}
	}

	/** Records one bar of the histogram as printed. */
	private void setBar(int stars, Integer count, Integer printedPercent) {
		switch (stars) {
			case 5 -> {
				this.stars5 = count;
				this.percent5 = printedPercent;
			}
			case 4 -> {
				this.stars4 = count;
				this.percent4 = printedPercent;
			}
			case 3 -> {
				this.stars3 = count;
				this.percent3 = printedPercent;
			}
			case 2 -> {
				this.stars2 = count;
				this.percent2 = printedPercent;
			}
			case 1 -> {
				this.stars1 = count;
				this.percent1 = printedPercent;
			}
			default -> throw new IllegalArgumentException("stars must be 1 to 5, not " + stars);
		}
	}

	/** The histogram as printed; empty when the page shows none. */
	public RatingHistogram getHistogram() {
		return RatingHistogram.of(new Integer[] { this.stars1, this.stars2, this.stars3, this.stars4, this.stars5 },
				new Integer[] { this.percent1, this.percent2, this.percent3, this.percent4, this.percent5 });
	}

	public Long getDocumentId() {
		return this.documentId;
	}

	public Document getDocument() {
		return this.document;
	}

	public String getAuthor() {
		return this.author;
	}

	public Integer getAuthorBooks() {
		return this.authorBooks;
	}

	public Integer getAuthorFollowers() {
		return this.authorFollowers;
	}

	/**
	 * The author's books as printed, or null (imported before printed forms were kept).
	 */
	public String getAuthorBooksPrinted() {
		return this.authorBooksPrinted;
	}

	/** The author's followers as printed ("113k"), or null. */
	public String getAuthorFollowersPrinted() {
		return this.authorFollowersPrinted;
	}

	public Integer getPages() {
		return this.pages;
	}

	public String getFormat() {
		return this.format;
	}

	public LocalDate getFirstPublished() {
		return this.firstPublished;
	}

	public String getFirstPublishedText() {
		return this.firstPublishedText;
	}

	public Integer getCurrentlyReading() {
		return this.currentlyReading;
	}

	public Integer getWantToRead() {
		return this.wantToRead;
	}

	/** Readers currently reading as printed ("103k"), or null. */
	public String getCurrentlyReadingPrinted() {
		return this.currentlyReadingPrinted;
	}

	/** Readers who want to read as printed ("2m"), or null. */
	public String getWantToReadPrinted() {
		return this.wantToReadPrinted;
	}

	public Integer getReviewsClaimed() {
		return this.reviewsClaimed;
	}

	/** The average rating the page prints ("4.12"), or null. */
	public BigDecimal getPrintedAverage() {
		return this.printedAverage;
	}

	/** The number of ratings the page prints beside the average, or null. */
	public Integer getPrintedRatings() {
		return this.printedRatings;
	}

	/** The number of reviews the page prints beside the average, or null. */
	public Integer getPrintedReviews() {
		return this.printedReviews;
	}

	/** The genres as printed, in order; empty if the page shows none. */
	public List<String> getGenres() {
		return (this.genres != null) ? List.of(this.genres.split("\n")) : List.of();
	}

	public String getIsbn() {
		return this.isbn;
	}

	public String getAsin() {
		return this.asin;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getSeries() {
		return this.series;
	}

}

package org.thawcorpus.book;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A book's details as the pages show them, read off the entity; see {@link BookDetails}
 * for what each value is. A count's printed form ("113k"), where kept, is what the pages
 * show.
 */
public record BookView(String author, Integer authorBooks, Integer authorFollowers, Integer pages, String format,
		LocalDate firstPublished, String firstPublishedText, Integer currentlyReading, Integer wantToRead,
		Integer reviewsClaimed, BigDecimal printedAverage, Integer printedRatings, Integer printedReviews,
		List<String> genres, String isbn, String asin, String language, String publisher, String series,
		RatingHistogram histogram, String authorBooksPrinted, String authorFollowersPrinted,
		String currentlyReadingPrinted, String wantToReadPrinted) {

	public BookView {
		genres = List.copyOf(genres);
	}

	public static BookView of(BookDetails b) {
		return new BookView(b.getAuthor(), b.getAuthorBooks(), b.getAuthorFollowers(), b.getPages(), b.getFormat(),
				b.getFirstPublished(), b.getFirstPublishedText(), b.getCurrentlyReading(), b.getWantToRead(),
				b.getReviewsClaimed(), b.getPrintedAverage(), b.getPrintedRatings(), b.getPrintedReviews(),
				b.getGenres(), b.getIsbn(), b.getAsin(), b.getLanguage(), b.getPublisher(), b.getSeries(),
				b.getHistogram(), b.getAuthorBooksPrinted(), b.getAuthorFollowersPrinted(),
				b.getCurrentlyReadingPrinted(), b.getWantToReadPrinted());
	}

}

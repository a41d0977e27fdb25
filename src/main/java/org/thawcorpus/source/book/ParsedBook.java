package org.thawcorpus.source.book;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.thawcorpus.source.ParsedPart;
import org.thawcorpus.source.PrintedCount;

/**
 * The details a book page shows about its book. Any value not shown, or unreadable, is
 * null.
 *
 * @param author the author's name
 * @param authorBooks books by the author, as printed
 * @param authorFollowers the author's followers, as printed ("113k")
 * @param pages the page count
 * @param format the format ("Hardcover", "Paperback", "Kindle Edition")
 * @param firstPublished the first-published date
 * @param firstPublishedText the first-published date as printed (it may be only a year)
 * @param currentlyReading readers currently reading, as printed ("103k")
 * @param wantToRead readers who want to read, as printed ("2m")
 * @param histogram the star histogram, 5 stars first; empty if the page shows none
 * @param reviewsClaimed the number of reviews the page says it has
 * @param printedAverage the average rating the page prints ("4.12")
 * @param printedRatings the number of ratings the page prints ("203 ratings")
 * @param printedReviews the number of reviews the page prints beside the ratings ("5
 * reviews")
 * @param genres the genres as printed, one entry per genre where the copy separates them,
 * else one entry per printed run ("History Russia Nonfiction"); empty if none
 * @param isbn the edition's ISBN as printed (the ISBN-13 when both are printed)
 * @param asin the edition's ASIN
 * @param language the edition's language ("English")
 * @param publisher the edition's publisher ("Published ... by Harvill Press")
 * @param series the series as printed ("Moscow Trilogy #2")
 */
public record ParsedBook(String author, PrintedCount authorBooks, PrintedCount authorFollowers, Integer pages,
		String format, LocalDate firstPublished, String firstPublishedText, PrintedCount currentlyReading,
		PrintedCount wantToRead, List<HistogramBar> histogram, Integer reviewsClaimed, BigDecimal printedAverage,
		Integer printedRatings, Integer printedReviews, List<String> genres, String isbn, String asin, String language,
		String publisher, String series) implements ParsedPart {

	/**
	 * Values longer than the corpus stores them are not the field the reader took them
	 * for (a page's whole text in an author's element, say) and are left out, as
	 * unreadable.
	 */
	public ParsedBook {
		histogram = List.copyOf(histogram);
		genres = (String.join("\n", genres).length() <= 4000) ? List.copyOf(genres) : List.of();
		author = fit(author, 500);
		format = fit(format, 200);
		firstPublishedText = fit(firstPublishedText, 200);
		isbn = fit(isbn, 40);
		asin = fit(asin, 20);
		language = fit(language, 100);
		publisher = fit(publisher, 500);
		series = fit(series, 500);
		printedAverage = (printedAverage != null && printedAverage.compareTo(BigDecimal.TEN) < 0
				&& printedAverage.signum() >= 0) ? printedAverage : null;
	}

	private static String fit(String value, int max) {
		return (value != null && value.length() > max) ? null : value;
	}

}

package org.thawcorpus.importer.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * The details a book page shows about its book. Any value not shown, or unreadable, is
 * null.
 *
 * @param author the author's name
 * @param authorBooks books by the author
 * @param authorFollowers the author's followers
 * @param pages the page count
 * @param format the format ("Hardcover", "Paperback", "Kindle Edition")
 * @param firstPublished the first-published date
 * @param firstPublishedText the first-published date as printed (it may be only a year)
 * @param currentlyReading readers currently reading
 * @param wantToRead readers who want to read
 * @param histogram the star histogram, 5 stars first; empty if the page shows none
 * @param reviewsClaimed the number of reviews the page says it has
 */
public record ParsedBook(String author, Integer authorBooks, Integer authorFollowers, Integer pages, String format,
		LocalDate firstPublished, String firstPublishedText, Integer currentlyReading, Integer wantToRead,
		List<HistogramBar> histogram, Integer reviewsClaimed) {

	public ParsedBook {
		histogram = List.copyOf(histogram);
	}

}

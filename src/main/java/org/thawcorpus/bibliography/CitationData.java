package org.thawcorpus.bibliography;

import java.util.List;
import java.util.Set;

/**
 * The fields of a bibliographic citation as parsed from its text. A field the parser
 * could not find is null (or an empty list); a field it found but is unsure of is named
 * in {@code uncertain}.
 *
 * @param authors the authors, in order
 * @param editors the editors, kept apart from authors
 * @param translators the translators, kept apart from authors
 * @param year the year of publication
 * @param title the title of the work
 * @param publisher the publisher
 * @param place the place of publication
 * @param pages a page or range as printed ("120", "303-305")
 * @param isbn the ISBN as printed, or null
 * @param uncertain names of fields the parser is unsure of ("title", "place", ...)
 */
public record CitationData(List<PersonName> authors, List<PersonName> editors, List<PersonName> translators,
		Integer year, String title, String publisher, String place, String pages, String isbn, Set<String> uncertain) {

	/**
	 * A field longer than the corpus stores it was not read as the field it is and is
	 * left out (the citation's text keeps it).
	 */
	public CitationData {
		authors = List.copyOf(authors);
		editors = List.copyOf(editors);
		translators = List.copyOf(translators);
		uncertain = Set.copyOf(uncertain);
		title = fit(title, 2000);
		publisher = fit(publisher, 1000);
		place = fit(place, 500);
		pages = fit(pages, 100);
		isbn = fit(isbn, 40);
	}

	private static String fit(String value, int max) {
		return (value != null && value.length() > max) ? null : value;
	}

}

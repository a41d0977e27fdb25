package org.thawcorpus.citation.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.thawcorpus.bibliography.CitationData;
import org.thawcorpus.bibliography.Isbn;
import org.thawcorpus.bibliography.PersonName;

/**
 * A work to cite, as the BibTeX, RIS and CSL-JSON writers and the Chicago formatter take
 * it. Every field but the type may be null (lists empty).
 *
 * @param key the citation key; null lets the writers derive one from the content
 * @param type the kind of work
 * @param authors the authors, in order
 * @param editors the editors, in order
 * @param translators the translators, in order
 * @param year the year of publication
 * @param title the title of the work (of the chapter, article or page for those types)
 * @param containerTitle the book, periodical or web site the work appears in
 * @param publisher the publisher
 * @param place the place of publication
 * @param pages a page or range ("120", "303-305")
 * @param isbn the ISBN to export, preferably the hyphenated ISBN-13
 * @param url the address of an online copy
 * @param accessed the day the online copy was read
 * @param note a free note
 * @param part the part of the work cited, described in words ("section “Aftermath,”
 * paragraph 4"); CSL carries it as {@code genre}, which Chicago prints after the title
 */
public record Reference(String key, ReferenceType type, List<PersonName> authors, List<PersonName> editors,
		List<PersonName> translators, Integer year, String title, String containerTitle, String publisher, String place,
		String pages, String isbn, String url, LocalDate accessed, String note, String part) {

	public Reference {
		Objects.requireNonNull(type, "type");
		authors = (authors != null) ? List.copyOf(authors) : List.of();
		editors = (editors != null) ? List.copyOf(editors) : List.of();
		translators = (translators != null) ? List.copyOf(translators) : List.of();
	}

	public static Builder builder(ReferenceType type) {
		return new Builder(type);
	}

	/**
	 * A book reference from a parsed citation. A valid ISBN is exported as its ISBN-13,
	 * hyphenated where the ranges are known; an invalid one is left out of the ISBN field
	 * and kept, as printed and with the reason, in the note.
	 */
	public static Reference fromCitation(String key, CitationData data) {
		Builder builder = builder(ReferenceType.BOOK).key(key)
			.authors(data.authors())
			.editors(data.editors())
			.translators(data.translators())
			.year(data.year())
			.title(data.title())
			.publisher(data.publisher())
			.place(data.place())
			.pages(data.pages());
		if (data.isbn() != null) {
			Isbn isbn = Isbn.check(data.isbn());
			if (isbn.valid()) {
				builder.isbn(Objects.requireNonNullElse(isbn.hyphenated(), isbn.isbn13()));
			}
			else {
				builder.note("ISBN as printed: " + data.isbn() + " (invalid: " + isbn.problem() + ")");
			}
		}
		return builder.build();
	}

	/**
	 * A web page or a passage of one: by its authors if it names any, else by its site.
	 */
	public static Reference webPage(String key, List<PersonName> authors, String site, String title, String url,
			LocalDate accessed) {
		return builder(ReferenceType.WEBPAGE).key(key)
			.authors(authors)
			.containerTitle(site)
			.title(title)
			.url(url)
			.accessed(accessed)
			.build();
	}

	/** Builds a reference field by field. */
	public static final class Builder {

		private final ReferenceType type;

		private String key;

		private List<PersonName> authors = List.of();

		private List<PersonName> editors = List.of();

		private List<PersonName> translators = List.of();

		private Integer year;

		private String title;

		private String containerTitle;

		private String publisher;

		private String place;

		private String pages;

		private String isbn;

		private String url;

		private LocalDate accessed;

		private String note;

		private String part;

		private Builder(ReferenceType type) {
			this.type = type;
		}

		public Builder key(String key) {
			this.key = key;
			return this;
		}

		public Builder authors(List<PersonName> authors) {
			this.authors = authors;
			return this;
		}

		public Builder editors(List<PersonName> editors) {
			this.editors = editors;
			return this;
		}

		public Builder translators(List<PersonName> translators) {
			this.translators = translators;
			return this;
		}

		public Builder year(Integer year) {
			this.year = year;
			return this;
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder containerTitle(String containerTitle) {
			this.containerTitle = containerTitle;
			return this;
		}

		public Builder publisher(String publisher) {
			this.publisher = publisher;
			return this;
		}

		public Builder place(String place) {
			this.place = place;
			return this;
		}

		public Builder pages(String pages) {
			this.pages = pages;
			return this;
		}

		public Builder isbn(String isbn) {
			this.isbn = isbn;
			return this;
		}

		public Builder url(String url) {
			this.url = url;
			return this;
		}

		public Builder accessed(LocalDate accessed) {
			this.accessed = accessed;
			return this;
		}

		public Builder note(String note) {
			this.note = note;
			return this;
		}

		public Builder part(String part) {
			this.part = part;
			return this;
		}

		public Reference build() {
			return new Reference(this.key, this.type, this.authors, this.editors, this.translators, this.year,
					this.title, this.containerTitle, this.publisher, this.place, this.pages, this.isbn, this.url,
					this.accessed, this.note, this.part);
		}

	}

}

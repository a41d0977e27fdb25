package org.thawcorpus.citation.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.thawcorpus.bibliography.CitationData;
import org.thawcorpus.bibliography.Isbn;
import org.thawcorpus.bibliography.PersonName;

/**
 * A work to cite, and where in it, as the BibTeX, RIS and CSL-JSON writers and the style
 * formatter take it. Every field but the type may be null (lists empty).
 *
 * @param key the citation key; null lets the writers derive one from the content
 * @param type the kind of work
 * @param authors the authors, in order
 * @param editors the editors, in order
 * @param translators the translators, in order
 * @param issued when the work was published, as far as known
 * @param title the title of the work (of the chapter, article, entry or page for those
 * types); null for a review, which is known by the work it reviews
 * @param containerTitle the book, periodical, encyclopedia, blog or site the work appears
 * in
 * @param publisher the publisher
 * @param place the place of publication
 * @param pages the pages a part covers within its whole (a chapter's, an article's);
 * never a page cited, which is the locator
 * @param numberOfPages the number of pages of a book
 * @param isbn the ISBN to export, preferably the hyphenated ISBN-13
 * @param url the address of the work online
 * @param accessed the day the online work was read
 * @param note a free note: what the copy does not say, an ISBN as printed
 * @param reviewedTitle the title of the work a review reviews
 * @param reviewedAuthors the authors of the work a review reviews
 * @param locator the place in the work cited, or null for the whole work
 */
public record Reference(String key, ReferenceType type, List<PersonName> authors, List<PersonName> editors,
		List<PersonName> translators, PartialDate issued, String title, String containerTitle, String publisher,
		String place, String pages, Integer numberOfPages, String isbn, String url, LocalDate accessed, String note,
		String reviewedTitle, List<PersonName> reviewedAuthors, Locator locator) {

	public Reference {
		Objects.requireNonNull(type, "type");
		authors = (authors != null) ? List.copyOf(authors) : List.of();
		editors = (editors != null) ? List.copyOf(editors) : List.of();
		translators = (translators != null) ? List.copyOf(translators) : List.of();
		reviewedAuthors = (reviewedAuthors != null) ? List.copyOf(reviewedAuthors) : List.of();
	}

	public static Builder builder(ReferenceType type) {
		return new Builder(type);
	}

	/** A builder holding this reference's fields, to change some. */
	public Builder toBuilder() {
		return new Builder(this.type).key(this.key)
			.authors(this.authors)
			.editors(this.editors)
			.translators(this.translators)
			.issued(this.issued)
			.title(this.title)
			.containerTitle(this.containerTitle)
			.publisher(this.publisher)
			.place(this.place)
			.pages(this.pages)
			.numberOfPages(this.numberOfPages)
			.isbn(this.isbn)
			.url(this.url)
			.accessed(this.accessed)
			.note(this.note)
			.reviewedTitle(this.reviewedTitle)
			.reviewedAuthors(this.reviewedAuthors)
			.locator(this.locator);
	}

	/** The year of publication, or null. */
	public Integer year() {
		return (this.issued != null) ? this.issued.year() : null;
	}

	/**
	 * The title to show where a format has no field for the reviewed work: a review's
	 * "Review of <i>Title</i>, by Author" in plain words, otherwise the title.
	 */
	public String displayTitle() {
		if (this.title != null || this.reviewedTitle == null) {
			return this.title;
		}
		String by = this.reviewedAuthors.isEmpty() ? ""
				: ", by " + String.join(" and ", this.reviewedAuthors.stream().map(Reference::plainName).toList());
		return "Review of " + this.reviewedTitle + by;
	}

	/** "Given Family", as a name reads in running text. */
	public static String plainName(PersonName name) {
		if (name.family() == null) {
			return name.literal();
		}
		return (name.given() != null) ? name.given() + " " + name.family() : name.family();
	}

	/**
	 * The book a parsed citation names. The pages it cites are the locator, never the
	 * book's pages. A valid ISBN is exported as its ISBN-13, hyphenated where the ranges
	 * are known; an invalid one is left out of the ISBN field and kept, as printed and
	 * with the reason, in the note.
	 */
	public static Reference fromCitation(String key, CitationData data) {
		Builder builder = builder(ReferenceType.BOOK).key(key)
			.authors(data.authors())
			.editors(data.editors())
			.translators(data.translators())
			.issued(PartialDate.ofYear(data.year()))
			.title(data.title())
			.publisher(data.publisher())
			.place(data.place())
			.locator((data.pages() != null && !data.pages().isBlank()) ? Locator.pages(data.pages()) : null);
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

	/** Builds a reference field by field. */
	public static final class Builder {

		private final ReferenceType type;

		private String key;

		private List<PersonName> authors = List.of();

		private List<PersonName> editors = List.of();

		private List<PersonName> translators = List.of();

		private PartialDate issued;

		private String title;

		private String containerTitle;

		private String publisher;

		private String place;

		private String pages;

		private Integer numberOfPages;

		private String isbn;

		private String url;

		private LocalDate accessed;

		private String note;

		private String reviewedTitle;

		private List<PersonName> reviewedAuthors = List.of();

		private Locator locator;

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

		public Builder issued(PartialDate issued) {
			this.issued = issued;
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

		public Builder numberOfPages(Integer numberOfPages) {
			this.numberOfPages = numberOfPages;
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

		public Builder reviewedTitle(String reviewedTitle) {
			this.reviewedTitle = reviewedTitle;
			return this;
		}

		public Builder reviewedAuthors(List<PersonName> reviewedAuthors) {
			this.reviewedAuthors = reviewedAuthors;
			return this;
		}

		public Builder locator(Locator locator) {
			this.locator = locator;
			return this;
		}

		public Reference build() {
			return new Reference(this.key, this.type, this.authors, this.editors, this.translators, this.issued,
					this.title, this.containerTitle, this.publisher, this.place, this.pages, this.numberOfPages,
					this.isbn, this.url, this.accessed, this.note, this.reviewedTitle, this.reviewedAuthors,
					this.locator);
		}

	}

}

package org.thawcorpus.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.thawcorpus.bibliography.Isbn;
import org.thawcorpus.bibliography.PersonName;
import org.thawcorpus.book.BookDetails;
import org.thawcorpus.citation.export.Locator;
import org.thawcorpus.citation.export.PartialDate;
import org.thawcorpus.citation.export.Reference;
import org.thawcorpus.citation.export.ReferenceType;
import org.thawcorpus.document.Byline;
import org.thawcorpus.document.Comment;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentMetadata;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageRole;
import org.thawcorpus.document.Review;
import org.thawcorpus.source.DocumentKind;
import org.thawcorpus.source.article.ArticleKind;
import org.thawcorpus.source.blog.BlogPostKind;
import org.thawcorpus.source.book.BookPageKind;

/**
 * The references of the sources, made from what each copy says and what a researcher
 * supplied in its metadata file (which comes first): an encyclopedia article as an entry
 * of its encyclopedia, a blog post as a post of its blog, a book page as a web page about
 * the book and the book itself as a book, a review as a review of the book, a comment as
 * a comment on the post. What neither says (the site, the page's address, the day the
 * copy was made) is left out of the fields and named in the note, with the address of the
 * copy in the corpus; nothing is invented. A passage's reference is its work's with the
 * place cited as the locator.
 */
@Component
public class SourceReferences {

	/**
	 * The facts of one document that its references are made of.
	 *
	 * @param document the document
	 * @param metadata what its metadata file supplied, or null
	 * @param book the details of the book a book page shows, or null
	 */
	public record Facts(Document document, DocumentMetadata metadata, BookDetails book) {

	}

	/**
	 * A document's own reference: the work its copy is a copy of.
	 * @param permalink the address of the document in the corpus, for the note
	 */
	public Reference source(Facts facts, String permalink) {
		Document d = facts.document();
		DocumentMetadata m = facts.metadata();
		Byline by = d.getByline();
		ReferenceType type = type(d.getKind());
		List<String> unknown = new ArrayList<>();
		Reference.Builder ref = Reference.builder(type).title(first((m != null) ? m.getTitle() : null, d.getTitle()));
		List<PersonName> authors = authors(m, (by != null) ? by.author() : null);
		ref.authors(authors);
		if (authors.isEmpty() && type == ReferenceType.BLOG_POST) {
			unknown.add("the author");
		}
		PartialDate issued = first(PartialDate.parse((m != null) ? m.getPublished() : null),
				PartialDate.of((by != null) ? by.published() : null));
		ref.issued(issued);
		if (issued == null && type != ReferenceType.WEBPAGE) {
			unknown.add((type == ReferenceType.ENCYCLOPEDIA_ENTRY) ? "the date of the version copied"
					: "the date of publication");
		}
		String site = site(facts);
		ref.containerTitle(site);
		if (site == null) {
			unknown.add(switch (type) {
				case ENCYCLOPEDIA_ENTRY -> "the encyclopedia or site";
				case BLOG_POST -> "the blog";
				default -> "the site";
			});
		}
		ref.publisher((m != null) ? m.getPublisher() : null);
		String url = url(facts);
		ref.url(url);
		if (url == null) {
			unknown.add("the page's address");
		}
		LocalDate accessed = (m != null) ? m.getAccessed() : null;
		ref.accessed(accessed);
		if (accessed == null) {
			unknown.add("the day it was copied");
		}
		return ref.note(note(unknown, permalink)).build();
	}

	/** The book a book page shows, as a book; null for any other document. */
	public Reference book(Facts facts) {
		BookDetails book = facts.book();
		if (book == null) {
			return null;
		}
		Isbn isbn = (book.getIsbn() != null) ? Isbn.check(book.getIsbn()) : null;
		return Reference.builder(ReferenceType.BOOK)
			.title(facts.document().getTitle())
			.authors((book.getAuthor() != null) ? List.of(PersonName.parse(book.getAuthor())) : List.of())
			.issued(first(PartialDate.of(book.getFirstPublished()), PartialDate.parse(book.getFirstPublishedText())))
			.publisher(book.getPublisher())
			.numberOfPages(book.getPages())
			.isbn((isbn != null && isbn.valid()) ? Objects.requireNonNullElse(isbn.hyphenated(), isbn.isbn13()) : null)
			.build();
	}

	/**
	 * The reference of a passage: its work (the document, or the review or comment it is
	 * a paragraph of) and its place in it.
	 * @param permalink the lasting address of the passage in the corpus, for the note
	 */
	public Reference passage(Facts facts, Passage passage, String permalink) {
		Reference source = source(facts, permalink);
		Locator locator = locator(passage);
		return switch (passage.getRole()) {
			case REVIEW -> review(facts, source, passage.getReview(), permalink).locator(locator).build();
			case COMMENT -> comment(source, passage.getComment(), permalink).locator(locator).build();
			default -> source.toBuilder().locator(locator).build();
		};
	}

	private Reference.Builder review(Facts facts, Reference page, Review review, String permalink) {
		Reference book = book(facts);
		List<String> unknown = new ArrayList<>();
		if (review.getDate() == null) {
			unknown.add("the date of the review");
		}
		unknownOfPage(page, "the site", unknown);
		return Reference.builder(ReferenceType.REVIEW)
			.authors(List.of(new PersonName(null, null, review.getReviewer())))
			.issued(PartialDate.of(review.getDate()))
			.reviewedTitle(facts.document().getTitle())
			.reviewedAuthors((book != null) ? book.authors() : List.of())
			.containerTitle(page.containerTitle())
			.url(page.url())
			.accessed(page.accessed())
			.note(note(unknown, permalink));
	}

	private Reference.Builder comment(Reference post, Comment comment, String permalink) {
		List<String> unknown = new ArrayList<>();
		if (comment.getAuthor() == null) {
			unknown.add("who wrote the comment");
		}
		if (comment.getDate() == null) {
			unknown.add("the date of the comment");
		}
		unknownOfPage(post, "the blog", unknown);
		return Reference.builder(ReferenceType.COMMENT)
			.authors((comment.getAuthor() != null) ? List.of(new PersonName(null, null, comment.getAuthor()))
					: List.of())
			.issued(PartialDate.of(comment.getDate()))
			.title("Comment on \u2018" + post.title() + "\u2019")
			.containerTitle(post.containerTitle())
			.url(post.url())
			.accessed(post.accessed())
			.note(note(unknown, permalink));
	}

	private static void unknownOfPage(Reference page, String site, List<String> unknown) {
		if (page.containerTitle() == null) {
			unknown.add(site);
		}
		if (page.url() == null) {
			unknown.add("the page's address");
		}
		if (page.accessed() == null) {
			unknown.add("the day it was copied");
		}
	}

	/** The place of a passage in its work. */
	static Locator locator(Passage passage) {
		String number = PassageCiting.paragraphNumber(passage.getAnchor());
		String words = PassageCiting.location(passage);
		if (passage.getRole() == PassageRole.WORKS_CITED) {
			return new Locator(Locator.Label.ENTRY, number, words, passage.getAnchor());
		}
		return Locator.paragraph(number, words, passage.getAnchor());
	}

	private static ReferenceType type(DocumentKind kind) {
		if (ArticleKind.KIND.equals(kind)) {
			return ReferenceType.ENCYCLOPEDIA_ENTRY;
		}
		if (BlogPostKind.KIND.equals(kind)) {
			return ReferenceType.BLOG_POST;
		}
		return ReferenceType.WEBPAGE;
	}

	private static List<PersonName> authors(DocumentMetadata m, String byline) {
		if (m != null && !m.getAuthors().isEmpty()) {
			return m.getAuthors().stream().map(PersonName::parse).toList();
		}
		return (byline != null) ? List.of(PersonName.parse(byline)) : List.of();
	}

	private static String site(Facts facts) {
		String supplied = (facts.metadata() != null) ? facts.metadata().getSite() : null;
		Byline by = facts.document().getByline();
		return first(supplied, (by != null) ? by.site() : null);
	}

	private static String url(Facts facts) {
		String supplied = (facts.metadata() != null) ? facts.metadata().getUrl() : null;
		Byline by = facts.document().getByline();
		return first(supplied, (by != null) ? by.url() : null);
	}

	/**
	 * "The copy does not state the blog or the page's address. Copy read at <address>."
	 */
	private static String note(List<String> unknown, String permalink) {
		String copy = (permalink != null) ? "Copy read at " + permalink + "." : "";
		if (unknown.isEmpty()) {
			return copy.isEmpty() ? null : copy;
		}
		String list = (unknown.size() == 1) ? unknown.get(0)
				: String.join(", ", unknown.subList(0, unknown.size() - 1)) + " or " + unknown.get(unknown.size() - 1);
		return ("The copy does not state " + list + ". " + copy).strip();
	}

	private static <T> T first(T preferred, T otherwise) {
		return (preferred != null) ? preferred : otherwise;
	}

}

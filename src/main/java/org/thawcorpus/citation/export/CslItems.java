package org.thawcorpus.citation.export;

import java.util.List;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;

import org.thawcorpus.bibliography.PersonName;

/**
 * Maps references to citeproc-java's CSL items, for CSL-JSON and for formatting. The
 * locator is left out: it belongs to a citation of the item, not to the item.
 */
final class CslItems {

	private CslItems() {
	}

	static CSLItemData of(Reference r, String id) {
		CSLItemDataBuilder item = new CSLItemDataBuilder().id(id).type(type(r.type()));
		if (!r.authors().isEmpty()) {
			item.author(names(r.authors()));
		}
		if (!r.editors().isEmpty()) {
			item.editor(names(r.editors()));
		}
		if (!r.translators().isEmpty()) {
			item.translator(names(r.translators()));
		}
		if (!r.reviewedAuthors().isEmpty()) {
			item.reviewedAuthor(names(r.reviewedAuthors()));
		}
		if (r.issued() != null) {
			item.issued(new CSLDateBuilder().dateParts(r.issued().parts()).build());
		}
		if (r.accessed() != null) {
			item.accessed(new CSLDateBuilder()
				.dateParts(r.accessed().getYear(), r.accessed().getMonthValue(), r.accessed().getDayOfMonth())
				.build());
		}
		return item.title(r.title())
			.reviewedTitle(r.reviewedTitle())
			.containerTitle(r.containerTitle())
			.publisher(r.publisher())
			.publisherPlace(r.place())
			.page(r.type().isPart() ? r.pages() : null)
			.numberOfPages((r.numberOfPages() != null) ? r.numberOfPages().toString() : null)
			.ISBN(r.isbn())
			.URL(r.url())
			.note(r.note())
			.build();
	}

	/** The CSL type of a kind of work. */
	static CSLType type(ReferenceType type) {
		return switch (type) {
			case BOOK -> CSLType.BOOK;
			case CHAPTER -> CSLType.CHAPTER;
			case ARTICLE -> CSLType.ARTICLE_JOURNAL;
			case ENCYCLOPEDIA_ENTRY -> CSLType.ENTRY_ENCYCLOPEDIA;
			case BLOG_POST -> CSLType.POST_WEBLOG;
			case COMMENT -> CSLType.POST;
			case REVIEW -> CSLType.REVIEW_BOOK;
			case WEBPAGE -> CSLType.WEBPAGE;
			case OTHER -> CSLType.DOCUMENT;
		};
	}

	private static CSLName[] names(List<PersonName> names) {
		return names.stream().map(CslItems::name).toArray(CSLName[]::new);
	}

	private static CSLName name(PersonName name) {
		if (name.family() == null) {
			return new CSLNameBuilder().literal(name.literal()).build();
		}
		return new CSLNameBuilder().family(name.family()).given(name.given()).build();
	}

}

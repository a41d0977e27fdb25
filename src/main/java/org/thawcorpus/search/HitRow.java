package org.thawcorpus.search;

import java.util.List;

import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;

import org.thawcorpus.source.DocumentKind;

/**
 * A hit as the index returns it: the passage's or citation's text and where it stands.
 *
 * @param part what was hit
 * @param slug its document's slug
 * @param title its document's title
 * @param kind its document's kind
 * @param anchor the anchor of its passage
 * @param citationId the citation's id, or null
 * @param citationNumber the citation's number, or null
 * @param text its text
 * @param place where it stands, as a reader names it
 * @param line the first line of its passage in the source
 * @param written the year it was written, or null
 * @param mentioned the years and periods it mentions
 * @param position the position of its passage in the document
 * @param reviewPosition the position of its passage's review, or null outside reviews
 * @param places where its text mentions the register's entries
 */
record HitRow(Part part, String slug, String title, DocumentKind kind, String anchor, Long citationId,
		Integer citationNumber, String text, SearchHit.Place place, Integer line, String written,
		List<String> mentioned, int position, Integer reviewPosition, NamePlaces places) {

	/** The projection that reads a hit. */
	static ProjectionFinalStep<HitRow> projection(SearchProjectionFactory<?, ?> f) {
		return f.composite()
			.from(f.field(HitFields.PART, String.class), f.field(HitFields.DOCUMENT, String.class),
					f.field(HitFields.DOCUMENT_TITLE, String.class), f.field(HitFields.DOCUMENT_KIND, String.class),
					f.field(HitFields.ANCHOR, String.class), f.field(HitFields.CITATION_ID, Long.class),
					f.field(HitFields.CITATION_NUMBER, Integer.class), f.field(HitFields.TEXT, String.class),
					f.field(HitFields.SECTION, String.class), f.field(HitFields.REVIEWER, String.class),
					f.field(HitFields.COMMENTER, String.class), f.field(HitFields.COMMENT_NUMBER, Integer.class),
					f.field(HitFields.LINE, Integer.class), f.field(HitFields.WRITTEN, String.class),
					f.field(HitFields.MENTIONED, String.class).list(), f.field(HitFields.POSITION, Integer.class),
					f.field(HitFields.REVIEW_POSITION, Integer.class), f.field(HitFields.PLACES, String.class))
			.asArray(HitRow::of);
	}

	@SuppressWarnings("unchecked")
	private static HitRow of(Object[] v) {
		DocumentKind kind = DocumentKind.of((String) v[3]);
		String section = (String) v[8];
		SearchHit.Place place = new SearchHit.Place(section, section != null && section.equals(kind.leadLabel()),
				(String) v[9], (String) v[10], (Integer) v[11]);
		return new HitRow(Part.valueOf((String) v[0]), (String) v[1], (String) v[2], kind, (String) v[4], (Long) v[5],
				(Integer) v[6], (String) v[7], place, (Integer) v[12], (String) v[13], (List<String>) v[14],
				(Integer) v[15], (Integer) v[16], NamePlaces.read((String) v[17]));
	}

	/** How the hit is named, as a reader names it. */
	String label() {
		return SearchHit.label(this.part, this.anchor, this.citationNumber, this.place);
	}

	SearchHit hit(String href, Snippet snippet) {
		return new SearchHit(this.slug, this.title, this.kind, this.part, this.anchor, this.citationId,
				this.citationNumber, href, snippet, this.place);
	}

}

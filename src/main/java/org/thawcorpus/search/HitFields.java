package org.thawcorpus.search;

import java.util.List;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.engine.backend.types.dsl.StringIndexFieldTypeOptionsStep;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;

/**
 * The fields of a search hit, declared alike for passages and citations so that one
 * query, one highlighter and one set of facets span both indexes.
 */
final class HitFields {

	/** The text searched, shown and highlighted: a passage's text or a citation's. */
	static final String TEXT = "text";

	/**
	 * The text for phrases in quotes: words folded for case and diacritics only, not
	 * stemmed.
	 */
	static final String EXACT = "exact";

	/**
	 * Names of the people and places the text mentions, with their variants, each whole:
	 * a query word or phrase matches a name only if it is the whole name.
	 */
	static final String NAMES = "names";

	/**
	 * Each mention of a register entry as written, after the entry's id
	 * ("nikita-khrushchev:Hruščev"), for "also found as".
	 */
	static final String FORMS = "forms";

	/** Where the text mentions the register's entries ({@link NamePlaces}). */
	static final String PLACES = "places";

	/** What was hit: a {@link Part} name. */
	static final String PART = "part";

	static final String DOCUMENT_KIND = "documentKind";

	/** The document's slug. */
	static final String DOCUMENT = "document";

	static final String DOCUMENT_TITLE = "documentTitle";

	static final String DOCUMENT_ID = "documentId";

	/** The section's title, for passages and citations of a document's body. */
	static final String SECTION = "section";

	/**
	 * A review's stars ("1" to "5", or "unrated"), for review paragraphs and their
	 * citations.
	 */
	static final String STARS = "stars";

	/**
	 * The years ("1956") and periods ("1950/1959", a decade or a century) of history a
	 * text mentions; not publication dates.
	 */
	static final String MENTIONED = "mentioned";

	/** The anchor of the passage, or of the passage a citation stands in. */
	static final String ANCHOR = "anchor";

	/** The position of a review paragraph's review in its document. */
	static final String REVIEW_POSITION = "reviewPosition";

	static final String CITATION_ID = "citationId";

	/** A citation's number in its document, as the reading view shows it. */
	static final String CITATION_NUMBER = "citationNumber";

	static final String REVIEWER = "reviewer";

	static final String COMMENTER = "commenter";

	static final String COMMENT_NUMBER = "commentNumber";

	/** The position of the passage in its document, for reading order. */
	static final String POSITION = "position";

	/** The first line of the passage in its source. */
	static final String LINE = "line";

	/** The year the text was written (its review's, comment's or document's date). */
	static final String WRITTEN = "written";

	/** The version of the mapping a document was indexed with ({@link #VERSION}). */
	static final String SCHEMA = "schema";

	/**
	 * The version of these fields and of what is written in them: an index whose
	 * documents have another is rebuilt at start-up ({@link CorpusIndex#isInStep()}).
	 */
	static final String VERSION = "hits-3";

	private final IndexFieldReference<String> text;

	private final IndexFieldReference<String> exact;

	private final IndexFieldReference<String> names;

	private final IndexFieldReference<String> forms;

	private final IndexFieldReference<String> places;

	private final IndexFieldReference<String> part;

	private final IndexFieldReference<String> documentKind;

	private final IndexFieldReference<String> document;

	private final IndexFieldReference<String> documentTitle;

	private final IndexFieldReference<Long> documentId;

	private final IndexFieldReference<String> section;

	private final IndexFieldReference<String> stars;

	private final IndexFieldReference<String> mentioned;

	private final IndexFieldReference<String> anchor;

	private final IndexFieldReference<Integer> reviewPosition;

	private final IndexFieldReference<Long> citationId;

	private final IndexFieldReference<Integer> citationNumber;

	private final IndexFieldReference<String> reviewer;

	private final IndexFieldReference<String> commenter;

	private final IndexFieldReference<Integer> commentNumber;

	private final IndexFieldReference<Integer> position;

	private final IndexFieldReference<Integer> line;

	private final IndexFieldReference<String> written;

	private final IndexFieldReference<String> schemaVersion;

	HitFields(TypeBindingContext context) {
		IndexSchemaElement schema = context.indexSchemaElement();
		IndexFieldTypeFactory types = context.typeFactory();
		this.text = schema
			.field(TEXT,
					types.asString()
						.analyzer(CorpusAnalysis.INDEXED)
						.searchAnalyzer(CorpusAnalysis.QUERIED)
						.projectable(Projectable.YES)
						.highlightable(List.of(Highlightable.UNIFIED)))
			.toReference();
		this.exact = schema.field(EXACT, types.asString().analyzer(CorpusAnalysis.EXACT)).toReference();
		this.names = schema.field(NAMES, types.asString().normalizer(CorpusAnalysis.NAME)).multiValued().toReference();
		this.forms = schema.field(FORMS, types.asString().aggregable(Aggregable.YES)).multiValued().toReference();
		this.places = schema.field(PLACES, types.asString().projectable(Projectable.YES).searchable(Searchable.NO))
			.toReference();
		this.part = schema.field(PART, facet(types)).toReference();
		this.documentKind = schema.field(DOCUMENT_KIND, facet(types)).toReference();
		this.document = schema.field(DOCUMENT, facet(types)).toReference();
		this.documentTitle = schema
			.field(DOCUMENT_TITLE, types.asString().projectable(Projectable.YES).searchable(Searchable.NO))
			.toReference();
		this.documentId = schema.field(DOCUMENT_ID, types.asLong().aggregable(Aggregable.YES)).toReference();
		this.section = schema.field(SECTION, facet(types)).toReference();
		this.stars = schema.field(STARS, facet(types)).toReference();
		this.mentioned = schema.field(MENTIONED, facet(types)).multiValued().toReference();
		this.anchor = schema.field(ANCHOR, types.asString().projectable(Projectable.YES)).toReference();
		this.reviewPosition = schema
			.field(REVIEW_POSITION, types.asInteger().projectable(Projectable.YES).searchable(Searchable.NO))
			.toReference();
		this.citationId = schema
			.field(CITATION_ID, types.asLong().projectable(Projectable.YES).searchable(Searchable.NO))
			.toReference();
		this.citationNumber = schema
			.field(CITATION_NUMBER, types.asInteger().projectable(Projectable.YES).searchable(Searchable.NO))
			.toReference();
		this.reviewer = schema.field(REVIEWER, types.asString().projectable(Projectable.YES)).toReference();
		this.commenter = schema
			.field(COMMENTER, types.asString().projectable(Projectable.YES).searchable(Searchable.NO))
			.toReference();
		this.commentNumber = schema
			.field(COMMENT_NUMBER, types.asInteger().projectable(Projectable.YES).searchable(Searchable.NO))
			.toReference();
		this.position = schema.field(POSITION, types.asInteger().projectable(Projectable.YES).sortable(Sortable.YES))
			.toReference();
		this.line = schema.field(LINE, types.asInteger().projectable(Projectable.YES).searchable(Searchable.NO))
			.toReference();
		this.written = schema.field(WRITTEN, types.asString().projectable(Projectable.YES)).toReference();
		this.schemaVersion = schema.field(SCHEMA, types.asString()).toReference();
	}

	private static StringIndexFieldTypeOptionsStep<?> facet(IndexFieldTypeFactory types) {
		return types.asString().aggregable(Aggregable.YES).projectable(Projectable.YES);
	}

	void write(DocumentElement target, IndexedHit hit) {
		target.addValue(this.text, hit.text());
		target.addValue(this.exact, hit.text());
		hit.names().forEach((name) -> target.addValue(this.names, name));
		hit.forms().forEach((form) -> target.addValue(this.forms, form));
		target.addValue(this.places, hit.places());
		target.addValue(this.part, hit.part().name());
		target.addValue(this.documentKind, hit.documentKind().code());
		target.addValue(this.document, hit.documentSlug());
		target.addValue(this.documentTitle, hit.documentTitle());
		target.addValue(this.documentId, hit.documentId());
		target.addValue(this.section, hit.section());
		target.addValue(this.stars, hit.stars());
		hit.mentioned().forEach((m) -> target.addValue(this.mentioned, m));
		target.addValue(this.anchor, hit.anchor());
		target.addValue(this.reviewPosition, hit.reviewPosition());
		target.addValue(this.citationId, hit.citationId());
		target.addValue(this.citationNumber, hit.citationNumber());
		target.addValue(this.reviewer, hit.reviewer());
		target.addValue(this.commenter, hit.commenter());
		target.addValue(this.commentNumber, hit.commentNumber());
		target.addValue(this.position, hit.position());
		target.addValue(this.line, hit.line());
		target.addValue(this.written, hit.written());
		target.addValue(this.schemaVersion, VERSION);
	}

}

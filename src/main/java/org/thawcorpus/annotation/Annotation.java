package org.thawcorpus.annotation;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.thawcorpus.annotation.parse.DateMention;
import org.thawcorpus.annotation.parse.EntityMention;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.Passage;

/**
 * A mention recognised in a passage: a span of its text, the layer, and the entity it
 * names or the date it gives.
 */
@Entity
@Table(name = "annotations")
public class Annotation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annotations_seq")
	@SequenceGenerator(name = "annotations_seq", sequenceName = "annotations_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id")
	private Document document;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "passage_id")
	private Passage passage;

	private int startOffset;

	private int endOffset;

	@Enumerated(EnumType.STRING)
	private Layer layer;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "entity_id")
	private NamedEntity entity;

	private String matchedText;

	@Enumerated(EnumType.STRING)
	private AnnotationMethod method;

	private String normalized;

	private Integer fromYear;

	private Integer toYear;

	private boolean period;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "annotation_years", joinColumns = @JoinColumn(name = "annotation_id"))
	@Column(name = "mention_year")
	private Set<Integer> years = new HashSet<>();

	protected Annotation() {
	}

	private Annotation(Passage passage, int start, int end, Layer layer, String matchedText, AnnotationMethod method) {
		this.document = passage.getDocument();
		this.passage = passage;
		this.startOffset = start;
		this.endOffset = end;
		this.layer = layer;
		this.matchedText = matchedText;
		this.method = method;
	}

	/** The mention of a register entry; {@code entity} may be a reference. */
	public static Annotation of(Passage passage, EntityMention mention, NamedEntity entity) {
		Annotation annotation = new Annotation(passage, mention.start(), mention.end(),
				Layer.of(mention.entry().type()), mention.text(), AnnotationMethod.REGISTER_MATCH);
		annotation.entity = entity;
		return annotation;
	}

	/**
	 * The mention of a date or period, with every year it covers: in the date layer, or
	 * the publication layer if it dates a publication.
	 */
	public static Annotation of(Passage passage, DateMention mention) {
		Annotation annotation = new Annotation(passage, mention.start(), mention.end(),
				mention.publication() ? Layer.PUBLICATION : Layer.DATE, mention.text(), AnnotationMethod.DATE_PATTERN);
		annotation.normalized = mention.normalized();
		annotation.fromYear = mention.fromYear();
		annotation.toYear = mention.toYear();
		annotation.period = mention.period();
		annotation.years.addAll(mention.yearsCovered());
		return annotation;
	}

	public Long getId() {
		return this.id;
	}

	public Document getDocument() {
		return this.document;
	}

	public Passage getPassage() {
		return this.passage;
	}

	/** Offset of the mention's first character in the passage's text. */
	public int getStartOffset() {
		return this.startOffset;
	}

	/** Offset just after its last character. */
	public int getEndOffset() {
		return this.endOffset;
	}

	public Layer getLayer() {
		return this.layer;
	}

	/** The entity named, or null for a date. */
	public NamedEntity getEntity() {
		return this.entity;
	}

	public String getMatchedText() {
		return this.matchedText;
	}

	public AnnotationMethod getMethod() {
		return this.method;
	}

	/** A date's ISO 8601 form ("1956-10/1956-11"), or null for an entity. */
	public String getNormalized() {
		return this.normalized;
	}

	/** A date's first year, or null for an entity. */
	public Integer getFromYear() {
		return this.fromYear;
	}

	/** A date's last year, or null for an entity. */
	public Integer getToYear() {
		return this.toYear;
	}

	/**
	 * Whether a date names a period (a decade or a century, "the early 1950s"), which the
	 * timeline shows as one period, not as every year it covers.
	 */
	public boolean isPeriod() {
		return this.period;
	}

	/** The years on the timeline this mention counts for. */
	public Set<Integer> getYears() {
		return this.years;
	}

}

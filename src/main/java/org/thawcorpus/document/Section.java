package org.thawcorpus.document;

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

import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SectionRole;

/**
 * A section of a document's body: the untitled lead, a headed section, or works cited.
 */
@Entity
@Table(name = "sections")
public class Section {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sections_seq")
	@SequenceGenerator(name = "sections_seq", sequenceName = "sections_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id")
	private Document document;

	private int position;

	private String title;

	private Integer headingLine;

	@Enumerated(EnumType.STRING)
	private SectionRole role;

	protected Section() {
	}

	/** The section at {@code position} (0-based) of a document, as parsed. */
	public Section(Document document, int position, ParsedSection parsed) {
		this.document = document;
		this.position = position;
		this.title = parsed.title();
		this.headingLine = parsed.headingLine();
		this.role = parsed.role();
	}

	public Long getId() {
		return this.id;
	}

	public Document getDocument() {
		return this.document;
	}

	public int getPosition() {
		return this.position;
	}

	/** The heading, or null for the lead. */
	public String getTitle() {
		return this.title;
	}

	public Integer getHeadingLine() {
		return this.headingLine;
	}

	/**
	 * The id of the heading of a section headed at that line, for links; null if none.
	 */
	public static String headingId(Integer headingLine) {
		return (headingLine != null) ? "s" + headingLine : null;
	}

	public SectionRole getRole() {
		return this.role;
	}

}

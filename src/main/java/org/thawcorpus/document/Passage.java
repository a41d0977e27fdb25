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

import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.SectionRole;

/**
 * A paragraph of the corpus, with a stable anchor and the source lines it came from: of a
 * document's body or works cited (with its section), of a review or of a comment.
 */
@Entity
@Table(name = "passages")
public class Passage {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "passages_seq")
	@SequenceGenerator(name = "passages_seq", sequenceName = "passages_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id")
	private Document document;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "section_id")
	private Section section;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "review_id")
	private Review review;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "comment_id")
	private Comment comment;

	@Enumerated(EnumType.STRING)
	private PassageRole role;

	private int position;

	private String anchor;

	private String text;

	private int firstLine;

	private int lastLine;

	protected Passage() {
	}

	private Passage(Document document, PassageRole role, int position, ParsedPassage parsed) {
		this.document = document;
		this.role = role;
		this.position = position;
		this.anchor = parsed.anchor();
		this.text = parsed.text();
		this.firstLine = parsed.firstLine();
		this.lastLine = parsed.lastLine();
	}

	/**
	 * A paragraph of a section: body text, or a works-cited entry in a works-cited
	 * section.
	 * @param position the passage's 0-based position in its document
	 */
	public static Passage inSection(Section section, int position, ParsedPassage parsed) {
		PassageRole role = (section.getRole() == SectionRole.WORKS_CITED) ? PassageRole.WORKS_CITED : PassageRole.BODY;
		Passage passage = new Passage(section.getDocument(), role, position, parsed);
		passage.section = section;
		return passage;
	}

	/** A paragraph of a review. */
	public static Passage ofReview(Review review, int position, ParsedPassage parsed) {
		Passage passage = new Passage(review.getDocument(), PassageRole.REVIEW, position, parsed);
		passage.review = review;
		return passage;
	}

	/** A paragraph of a comment. */
	public static Passage ofComment(Comment comment, int position, ParsedPassage parsed) {
		Passage passage = new Passage(comment.getDocument(), PassageRole.COMMENT, position, parsed);
		passage.comment = comment;
		return passage;
	}

	public Long getId() {
		return this.id;
	}

	public Document getDocument() {
		return this.document;
	}

	/** The section, for body and works-cited passages; null for reviews and comments. */
	public Section getSection() {
		return this.section;
	}

	/** The review this is a paragraph of, or null. */
	public Review getReview() {
		return this.review;
	}

	/** The comment this is a paragraph of, or null. */
	public Comment getComment() {
		return this.comment;
	}

	public PassageRole getRole() {
		return this.role;
	}

	/** Order within the document, across sections, reviews and comments. */
	public int getPosition() {
		return this.position;
	}

	public String getAnchor() {
		return this.anchor;
	}

	public String getText() {
		return this.text;
	}

	public int getFirstLine() {
		return this.firstLine;
	}

	public int getLastLine() {
		return this.lastLine;
	}

}

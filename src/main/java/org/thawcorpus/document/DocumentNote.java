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

import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.SourceNote;

/** A source-criticism note on a document, with the line it concerns. */
@Entity
@Table(name = "document_notes")
public class DocumentNote {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_notes_seq")
	@SequenceGenerator(name = "document_notes_seq", sequenceName = "document_notes_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id")
	private Document document;

	private int position;

	private Integer line;

	@Enumerated(EnumType.STRING)
	private NoteKind kind;

	private String message;

	protected DocumentNote() {
	}

	/** The note at {@code position} (0-based) of a document, as its reader made it. */
	public DocumentNote(Document document, int position, SourceNote note) {
		this.document = document;
		this.position = position;
		this.line = note.line();
		this.kind = note.kind();
		this.message = note.message();
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

	/** The line concerned, or null when the note is about the whole file. */
	public Integer getLine() {
		return this.line;
	}

	public NoteKind getKind() {
		return this.kind;
	}

	public String getMessage() {
		return this.message;
	}

}

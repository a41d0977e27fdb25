package org.thawcorpus.document;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;

/** One line of a source as read, and what it became. */
@Entity
@Table(name = "source_lines")
@IdClass(SourceLine.Key.class)
public class SourceLine {

	@Id
	private Long documentId;

	@Id
	private int line;

	private String text;

	@Enumerated(EnumType.STRING)
	private LineRole role;

	private String label;

	private String anchor;

	protected SourceLine() {
	}

	/** A line of a document's source, with what it became. */
	public SourceLine(Long documentId, LineUse use, String text) {
		this.documentId = documentId;
		this.line = use.line();
		this.text = text;
		this.role = use.role();
		this.label = use.label();
		this.anchor = use.anchor();
	}

	public Long getDocumentId() {
		return this.documentId;
	}

	public int getLine() {
		return this.line;
	}

	/** The line exactly as it stands in the source, without its terminator. */
	public String getText() {
		return this.text;
	}

	public LineRole getRole() {
		return this.role;
	}

	/** The field or furniture the line is, or null. */
	public String getLabel() {
		return this.label;
	}

	/** The anchor of the passage, review or comment the line became part of, or null. */
	public String getAnchor() {
		return this.anchor;
	}

	/** The composite key of a source line. */
	public static class Key implements Serializable {

		private Long documentId;

		private int line;

		protected Key() {
		}

		public Key(Long documentId, int line) {
			this.documentId = documentId;
			this.line = line;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.documentId, key.documentId) && this.line == key.line;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.documentId, this.line);
		}

	}

}

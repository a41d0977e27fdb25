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
import org.thawcorpus.source.LineOrigin;
import org.thawcorpus.source.LineUse;

/** One line of a source as read, and what it became. */
@Entity
@Table(name = "source_lines")
@IdClass(SourceLine.Key.class)
public class SourceLine {

	/** The longest markup stored for one block. */
	public static final int MAX_MARKUP = 1_048_576;

	private static final int MAX_ELEMENT = 500;

	@Id
	private Long documentId;

	@Id
	private int line;

	private String text;

	@Enumerated(EnumType.STRING)
	private LineRole role;

	private String label;

	private String anchor;

	private String element;

	private Integer sourceLine;

	private String markup;

	protected SourceLine() {
	}

	/**
	 * A line of a document's source (a text block of a saved page), with what it became.
	 * @param origin where a page's block came from, or null for a line of a text copy
	 */
	public SourceLine(Long documentId, LineUse use, String text, LineOrigin origin) {
		this.documentId = documentId;
		this.line = use.line();
		this.text = text;
		this.role = use.role();
		this.label = use.label();
		this.anchor = use.anchor();
		if (origin != null) {
			this.element = cut(origin.element(), MAX_ELEMENT);
			this.sourceLine = origin.sourceLine();
			this.markup = cut(origin.markup(), MAX_MARKUP);
		}
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

	/**
	 * For a page's text block: where its element sits ("article > p.lead"); else null.
	 */
	public String getElement() {
		return this.element;
	}

	/** For a page's text block: the line of the file it starts on; else null. */
	public Integer getSourceLine() {
		return this.sourceLine;
	}

	/**
	 * For a page's text block: its markup exactly as the file holds it (cut at
	 * {@value #MAX_MARKUP} characters); else null. Shown escaped, never rendered.
	 */
	public String getMarkup() {
		return this.markup;
	}

	/** The anchor of the passage, review or comment the line became part of, or null. */
	public String getAnchor() {
		return this.anchor;
	}

	private static String cut(String text, int max) {
		return (text != null && text.length() > max) ? text.substring(0, max) : text;
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

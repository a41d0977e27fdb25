package org.thawcorpus.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.thawcorpus.document.DocumentKindConverter;
import org.thawcorpus.source.DocumentKind;

/**
 * The outcome of the latest attempt to import one source file: the import report's row.
 */
@Entity
@Table(name = "import_records")
public class ImportRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_records_seq")
	@SequenceGenerator(name = "import_records_seq", sequenceName = "import_records_seq", allocationSize = 50)
	private Long id;

	private String sourcePath;

	private String sourceFile;

	private String sourceName;

	@Convert(converter = DocumentKindConverter.class)
	private DocumentKind kind;

	@Enumerated(EnumType.STRING)
	private ImportStatus status;

	private String message;

	private String documentSlug;

	private Integer linesTotal;

	private Integer linesAccounted;

	private Instant attemptedAt;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "import_record_warnings", joinColumns = @JoinColumn(name = "import_record_id"))
	@OrderColumn(name = "position")
	private List<Warning> warnings = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "import_record_unaccounted", joinColumns = @JoinColumn(name = "import_record_id"))
	@OrderColumn(name = "position")
	private List<UnaccountedLine> unaccounted = new ArrayList<>();

	protected ImportRecord() {
	}

	/**
	 * The record of a source file.
	 * @param sourcePath the file's path as walked, which identifies it
	 * @param sourceFile the file's own name
	 * @param sourceName its name in the report, relative to its configured source
	 */
	public ImportRecord(String sourcePath, String sourceFile, String sourceName) {
		this.sourcePath = sourcePath;
		this.sourceFile = sourceFile;
		this.sourceName = sourceName;
	}

	/**
	 * Replaces the name the file has in the report (its configured source may change).
	 */
	public void rename(String sourceName) {
		this.sourceName = sourceName;
	}

	/** Replaces the outcome with that of a new attempt. */
	public void record(ImportStatus status, DocumentKind kind, String message, String documentSlug, Integer linesTotal,
			Integer linesAccounted, List<Warning> warnings, List<UnaccountedLine> unaccounted, Instant attemptedAt) {
		this.status = status;
		this.kind = kind;
		this.message = message;
		this.documentSlug = documentSlug;
		this.linesTotal = linesTotal;
		this.linesAccounted = linesAccounted;
		this.warnings.clear();
		this.warnings.addAll(warnings);
		this.unaccounted.clear();
		this.unaccounted.addAll(unaccounted);
		this.attemptedAt = attemptedAt;
	}

	/**
	 * Records that the file was found unchanged, keeping its warnings and unaccounted
	 * lines.
	 */
	public void markUnchanged(String message, Instant attemptedAt) {
		this.status = ImportStatus.UNCHANGED;
		this.message = message;
		this.attemptedAt = attemptedAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getSourcePath() {
		return this.sourcePath;
	}

	public String getSourceFile() {
		return this.sourceFile;
	}

	/**
	 * The file's name in the report, relative to its configured source
	 * ("seeds/blog/post.txt"); the file's own name for a record older than the names.
	 */
	public String getSourceName() {
		return (this.sourceName != null) ? this.sourceName : this.sourceFile;
	}

	/** The kind detected, or null when the file failed before it could be read. */
	public DocumentKind getKind() {
		return this.kind;
	}

	public ImportStatus getStatus() {
		return this.status;
	}

	public String getMessage() {
		return this.message;
	}

	/** The slug of the document this file is in the corpus as, or null if none. */
	public String getDocumentSlug() {
		return this.documentSlug;
	}

	public Integer getLinesTotal() {
		return this.linesTotal;
	}

	public Integer getLinesAccounted() {
		return this.linesAccounted;
	}

	public Instant getAttemptedAt() {
		return this.attemptedAt;
	}

	public List<Warning> getWarnings() {
		return this.warnings;
	}

	public List<UnaccountedLine> getUnaccounted() {
		return this.unaccounted;
	}

	/** A warning about the file, with the line it concerns (null for the whole file). */
	@Embeddable
	public static class Warning {

		private Integer line;

		private String message;

		protected Warning() {
		}

		public Warning(Integer line, String message) {
			this.line = line;
			this.message = message;
		}

		public Integer getLine() {
			return this.line;
		}

		public String getMessage() {
			return this.message;
		}

	}

	/** A non-blank line that no parser rule accounted for. */
	@Embeddable
	public static class UnaccountedLine {

		private int line;

		private String text;

		protected UnaccountedLine() {
		}

		public UnaccountedLine(int line, String text) {
			this.line = line;
			this.text = text;
		}

		public int getLine() {
			return this.line;
		}

		public String getText() {
			return this.text;
		}

	}

}

package org.thawcorpus.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thawcorpus.document.CorpusVersion;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentMetadata;
import org.thawcorpus.document.DocumentMetadataRepository;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.importer.ImportRecord.Warning;

/**
 * The metadata files beside sources ({@link MetadataFile}): never imported as sources
 * themselves, and read again at every import of their source, whether the source changed
 * or not, so that an edited metadata file counts at the next start. What a file supplies
 * is stored with its document; what cannot be read is a warning of the source in the
 * import report.
 */
@Component
public class MetadataFiles {

	/** What a metadata file's name adds to its source's name. */
	public static final String SUFFIX = ".meta";

	private static final String WARNING_PREFIX = "The metadata file ";

	private static final String LINE_WARNING_PREFIX = "of the metadata file ";

	private final DocumentRepository documents;

	private final DocumentMetadataRepository metadata;

	private final ImportRecordRepository records;

	private final TransactionTemplate transactions;

	private final CorpusVersion version;

	MetadataFiles(DocumentRepository documents, DocumentMetadataRepository metadata, ImportRecordRepository records,
			PlatformTransactionManager transactionManager, CorpusVersion version) {
		this.version = version;
		this.documents = documents;
		this.metadata = metadata;
		this.records = records;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Whether a file is a metadata file, not a source. */
	public static boolean isMetadataFile(Path file) {
		Path name = file.getFileName();
		return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX);
	}

	/** The metadata file of a source: its name with {@value #SUFFIX} added. */
	public static Path of(Path source) {
		return source.resolveSibling(source.getFileName() + SUFFIX);
	}

	/** The metadata file beside a source, read, or null if there is none. */
	static MetadataFile read(Path source) {
		Path file = of(source);
		return Files.isRegularFile(file) ? MetadataFile.read(file) : null;
	}

	/**
	 * Stores what the metadata file beside a source supplies with the source's document
	 * (or removes what an earlier file supplied), and adds what cannot be read to the
	 * source's warnings, in a transaction of its own that raises the corpus's version if
	 * the stored metadata changed: for a file not imported whose earlier import is kept.
	 * @param outcome what the import of the source did
	 * @return the outcome, its warnings counted again
	 */
	ImportOutcome apply(Path source, ImportOutcome outcome) {
		MetadataFile read = read(source);
		String path = source.normalize().toString();
		Integer problems = this.transactions.execute((status) -> {
			Optional<Document> document = this.documents.findBySourcePath(path);
			if (document.isEmpty()) {
				return 0;
			}
			if (store(document.get(), read, false)) {
				this.version.changed();
			}
			return warn(this.records.findBySourcePath(path).orElse(null), read);
		});
		if (problems == null || problems == 0 || outcome.status() == ImportStatus.FAILED) {
			return outcome;
		}
		return new ImportOutcome(outcome.path(), outcome.name(), outcome.status(), outcome.kind(), outcome.message(),
				outcome.warnings() + problems);
	}

	/**
	 * Stores what a metadata file supplies with a document, in the caller's transaction,
	 * replacing what an earlier file supplied unless it is the same.
	 * @param read the metadata file read, or null if there is none
	 * @param written whether the document was written in this transaction (it has no
	 * metadata yet)
	 * @return whether the stored metadata changed
	 */
	boolean store(Document document, MetadataFile read, boolean written) {
		DocumentMetadata wanted = (read != null && !read.isEmpty())
				? new DocumentMetadata(this.documents.getReferenceById(document.getId()), read.fileName(), read.title(),
						read.authors(), read.site(), read.publisher(), read.url(),
						(read.published() != null) ? read.published().iso() : null, read.accessed())
				: null;
		Optional<DocumentMetadata> old = written ? Optional.empty() : this.metadata.findById(document.getId());
		if (old.isPresent() && wanted != null && old.get().sameAs(wanted)) {
			return false;
		}
		old.ifPresent((stored) -> {
			this.metadata.delete(stored);
			this.metadata.flush();
		});
		if (wanted != null) {
			this.metadata.save(wanted);
		}
		return old.isPresent() || wanted != null;
	}

	/**
	 * Puts what a metadata file could not read among a record's warnings, in place of
	 * those of an earlier file.
	 * @param record the source's record, or null if it has none
	 * @param read the metadata file read, or null if there is none
	 * @return how many problems the file has
	 */
	static int warn(ImportRecord record, MetadataFile read) {
		List<MetadataFile.Problem> found = (read != null) ? read.problems() : List.of();
		if (record != null) {
			record.getWarnings().removeIf(MetadataFiles::fromMetadataFile);
			found.forEach((p) -> record.getWarnings().add(new Warning(null, p.message())));
		}
		return found.size();
	}

	private static boolean fromMetadataFile(Warning warning) {
		String message = warning.getMessage();
		return message != null && (message.startsWith(WARNING_PREFIX)
				|| (message.startsWith("Line ") && message.contains(LINE_WARNING_PREFIX)));
	}

}

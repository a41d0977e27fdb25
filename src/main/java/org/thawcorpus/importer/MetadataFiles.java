package org.thawcorpus.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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

	MetadataFiles(DocumentRepository documents, DocumentMetadataRepository metadata, ImportRecordRepository records,
			PlatformTransactionManager transactionManager) {
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

	/**
	 * Stores what the metadata file beside a source supplies with the source's document
	 * (or removes what an earlier file supplied), and adds what cannot be read to the
	 * source's warnings.
	 * @param outcome what the import of the source did
	 * @return the outcome, its warnings counted again
	 */
	ImportOutcome apply(Path source, ImportOutcome outcome) {
		Path file = of(source);
		MetadataFile read = Files.isRegularFile(file) ? MetadataFile.read(file) : null;
		if (read == null && outcome.status() == ImportStatus.IMPORTED) {
			// A document just written has no metadata yet, and its record no warnings
			// of a metadata file: nothing to store or remove.
			return outcome;
		}
		String path = source.normalize().toString();
		Integer problems = this.transactions.execute((status) -> {
			Optional<Document> document = this.documents.findBySourcePath(path);
			if (document.isEmpty()) {
				return 0;
			}
			this.metadata.findById(document.get().getId()).ifPresent((old) -> {
				this.metadata.delete(old);
				this.metadata.flush();
			});
			if (read != null && !read.isEmpty()) {
				this.metadata.save(new DocumentMetadata(document.get(), read.fileName(), read.title(), read.authors(),
						read.site(), read.publisher(), read.url(),
						(read.published() != null) ? read.published().iso() : null, read.accessed()));
			}
			List<MetadataFile.Problem> found = (read != null) ? read.problems() : List.of();
			this.records.findBySourcePath(path).ifPresent((record) -> {
				record.getWarnings().removeIf(MetadataFiles::fromMetadataFile);
				found.forEach((p) -> record.getWarnings().add(new Warning(null, p.message())));
			});
			return found.size();
		});
		if (problems == null || problems == 0 || outcome.status() == ImportStatus.FAILED) {
			return outcome;
		}
		return new ImportOutcome(outcome.path(), outcome.name(), outcome.status(), outcome.kind(), outcome.message(),
				outcome.warnings() + problems);
	}

	private static boolean fromMetadataFile(Warning warning) {
		String message = warning.getMessage();
		return message != null && (message.startsWith(WARNING_PREFIX)
				|| (message.startsWith("Line ") && message.contains(LINE_WARNING_PREFIX)));
	}

}

package org.thawcorpus.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thawcorpus.document.CorpusVersion;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentNoteRepository;
import org.thawcorpus.document.DocumentOrigin;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.Slugs;
import org.thawcorpus.document.SourceFormat;
import org.thawcorpus.document.SourceLine;
import org.thawcorpus.document.SourceLineRepository;
import org.thawcorpus.importer.ImportRecord.UnaccountedLine;
import org.thawcorpus.importer.ImportRecord.Warning;
import org.thawcorpus.importer.SourceFiles.SourceFile;
import org.thawcorpus.importer.write.DocumentWriter;
import org.thawcorpus.search.CorpusIndex;
import org.thawcorpus.source.DocumentKind;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.SourceKinds;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;

/**
 * Imports source files one at a time, each in its own transaction: a file whose content
 * is unchanged is skipped, a changed one replaces its document, and a file that fails
 * leaves the corpus, its own earlier import included, as it was.
 */
@Service
public class SourceImporter {

	private static final Logger log = LoggerFactory.getLogger(SourceImporter.class);

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

	private final ThawProperties properties;

	private final DocumentRepository documents;

	private final ImportRecordRepository records;

	private final DocumentWriter writer;

	private final DocumentNoteRepository notes;

	private final SourceLineRepository sourceLines;

	private final TransactionTemplate transactions;

	private final PageCopies copies;

	private final MetadataFiles metadataFiles;

	private final SourceParser parser;

	private final ColumnLimits limits;

	private final ConnectionPool pool;

	private final StorageReserve reserve;

	private final CorpusIndex index;

	private final CorpusVersion version;

	private volatile String lastStop;

	SourceImporter(ThawProperties properties, DocumentRepository documents, ImportRecordRepository records,
			DocumentWriter writer, DocumentNoteRepository notes, SourceLineRepository sourceLines,
			PlatformTransactionManager transactionManager, PageCopies copies, SourceParser parser, ColumnLimits limits,
			ConnectionPool pool, StorageReserve reserve, MetadataFiles metadataFiles, CorpusIndex index,
			CorpusVersion version) {
		this.index = index;
		this.version = version;
		this.copies = copies;
		this.metadataFiles = metadataFiles;
		this.pool = pool;
		this.reserve = reserve;
		this.parser = parser;
		this.limits = limits;
		this.properties = properties;
		this.documents = documents;
		this.records = records;
		this.writer = writer;
		this.notes = notes;
		this.sourceLines = sourceLines;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Imports every file of the configured sources. */
	public ImportRun importConfiguredSources() {
		return importSources(this.properties.sources());
	}

	/**
	 * Imports every file of the given sources (files and folders). A file that cannot be
	 * read, parsed or stored fails alone; a fault of the storage (a full disk, a lost
	 * connection) fails the file being written and stops the run, the files after it not
	 * imported, and frees the space kept for it ({@link StorageReserve}); without the
	 * room for that space no file is imported.
	 */
	public ImportRun importSources(List<String> sources) {
		return importSources(sources, ImportListener.NONE);
	}

	/**
	 * Imports every file of the given sources, as {@link #importSources(List)}, telling
	 * the listener how far it has got before each file and at the end.
	 */
	public ImportRun importSources(List<String> sources, ImportListener listener) {
		SourceFiles.Listing listing = SourceFiles.list(sources);
		List<ImportOutcome> outcomes = new ArrayList<>();
		String why = this.reserve.keep().orElse(null);
		String where = "its start";
		for (SourceFiles.Problem problem : listing.problems()) {
			if (why != null) {
				// Nothing is written to a disk without room, not even the record of a
				// problem.
				outcomes.add(new ImportOutcome(id(problem.path()), problem.name(),
						problem.skipped() ? ImportStatus.SKIPPED : ImportStatus.FAILED, null, problem.message(), 1));
				continue;
			}
			SourceFile path = new SourceFile(problem.path(), problem.name());
			Attempt attempt = problem.skipped() ? skip(path, problem.message())
					: fail(path, new SourceFileException(problem.message(), null));
			outcomes.add(attempt.outcome());
			if (why == null && attempt.stopped() != null) {
				why = attempt.stopped();
				where = problem.name() + " (before the first file)";
			}
		}
		List<SourceFile> files = listing.files();
		int total = files.size();
		log.info("Importing {} source files from {}", total, sources);
		Instant started = Instant.now();
		Instant lastReport = started;
		int next = 0;
		Set<String> attempted = new HashSet<>();
		try (ReadAhead<SourceFile, Prepared> ahead = new ReadAhead<>((why == null) ? files : List.of(), this::prepare,
				(file, ex) -> new Prepared(null, Optional.empty(), null, null, ex))) {
			while (next < total && why == null) {
				SourceFile file = files.get(next);
				listener
					.progress(new ImportProgress(next, total, file.name(), Duration.between(started, Instant.now())));
				Prepared prepared = ahead.next();
				if (!attempted.add(id(file.path()))) {
					// Listed twice: its first import may have changed what was looked up.
					prepared = prepare(file);
				}
				Attempt attempt = attemptWithMetadata(file, prepared);
				outcomes.add(attempt.outcome());
				next++;
				if (attempt.stopped() != null) {
					why = attempt.stopped();
					where = file.name() + " (file " + next + " of " + total + ")";
				}
				Instant now = Instant.now();
				if (Duration.between(lastReport, now).compareTo(PROGRESS_EVERY) >= 0) {
					log.info("Imported {} of {} files ({} files/s)", next, total, rate(next, started, now));
					lastReport = now;
				}
			}
		}
		this.index.awaitDeferredWrites();
		listener.progress(new ImportProgress(next, total, null, Duration.between(started, Instant.now())));
		String stopped = null;
		if (why != null) {
			stopped = "The import stopped at " + where + " because " + why + "; " + (total - next)
					+ " files after it were not imported. Import again once the fault is mended.";
			for (SourceFile rest : files.subList(next, total)) {
				outcomes.add(new ImportOutcome(id(rest.path()), rest.name(), ImportStatus.NOT_IMPORTED, null,
						"Not imported: the import stopped before this file because " + why + ".", 0));
			}
			log.error(stopped);
			this.reserve.release();
			this.pool.renew();
		}
		ImportRun run = new ImportRun(outcomes, stopped);
		this.lastStop = stopped;
		log.info(
				"Import finished: {} files in {} ms ({} files/s); {} imported, {} unchanged, {} failed, {} skipped, "
						+ "{} not imported",
				total, Duration.between(started, Instant.now()).toMillis(), rate(total, started, Instant.now()),
				run.count(ImportStatus.IMPORTED), run.count(ImportStatus.UNCHANGED), run.count(ImportStatus.FAILED),
				run.count(ImportStatus.SKIPPED), run.count(ImportStatus.NOT_IMPORTED));
		return run;
	}

	/**
	 * Why the latest import stopped before its end, or empty if it went through (or none
	 * ran).
	 */
	public Optional<String> lastStop() {
		return Optional.ofNullable(this.lastStop);
	}

	/**
	 * Imports one file, named in the report by its file name, and reads the metadata file
	 * beside it ({@link MetadataFiles}).
	 */
	public ImportOutcome importFile(Path file) {
		SourceFile source = new SourceFile(file, fileName(file));
		ImportOutcome outcome = attemptWithMetadata(source, prepare(source)).outcome();
		this.index.awaitDeferredWrites();
		return outcome;
	}

	/**
	 * One file's import with what the metadata file beside it supplies: stored in the
	 * file's own transaction if the file is imported or unchanged, else in one of its own
	 * for the earlier import kept.
	 */
	private Attempt attemptWithMetadata(SourceFile file, Prepared prepared) {
		Attempt attempt = attempt(file, prepared);
		ImportStatus status = attempt.outcome().status();
		if (attempt.stopped() != null || status == ImportStatus.IMPORTED || status == ImportStatus.UNCHANGED) {
			return attempt;
		}
		try {
			return new Attempt(this.metadataFiles.apply(file.path(), attempt.outcome()), null);
		}
		catch (RuntimeException ex) {
			return failWriting(file, ex, null);
		}
	}

	/**
	 * One file's import, and why the run must stop (a fault of the storage), or null.
	 */
	private record Attempt(ImportOutcome outcome, String stopped) {

	}

	/**
	 * A file read, with the document of its earlier import if any, and parsed unless its
	 * content is that document's, and the metadata file beside it read (null if none); or
	 * what went wrong. Made before the file's turn to be written ({@link ReadAhead}),
	 * without writing anything.
	 */
	private record Prepared(SourceText source, Optional<Document> existing, SourceParser.Parsed parsed,
			MetadataFile metadata, Throwable failure) {

	}

	private Prepared prepare(SourceFile file) {
		SourceText source = null;
		try {
			checkPath(id(file.path()));
			source = new SourceFileReader(this.properties.maxFileSize(), this.properties.maxPageSize())
				.read(file.path());
			Optional<Document> existing = this.documents.findBySourcePath(id(file.path()));
			MetadataFile metadata = MetadataFiles.read(file.path());
			if (existing.isPresent() && existing.get().getContentHash().equals(source.contentHash())) {
				return new Prepared(source, existing, null, metadata, null);
			}
			return new Prepared(source, existing, parse(source), metadata, null);
		}
		catch (SourceFileException | RuntimeException | Error ex) {
			return new Prepared(source, Optional.empty(), null, null, ex);
		}
	}

	private Attempt attempt(SourceFile file, Prepared prepared) {
		SourceParser.Parsed read = prepared.parsed();
		try {
			if (prepared.failure() != null) {
				throw prepared.failure();
			}
			SourceText source = prepared.source();
			Optional<Document> existing = prepared.existing();
			if (existing.isPresent() && existing.get().getContentHash().equals(source.contentHash())) {
				return new Attempt(unchanged(file, existing.get(), prepared.metadata()), null);
			}
			if (read == null) {
				read = parse(source);
			}
			SourceParser.Parsed parsed = read;
			return new Attempt(
					this.transactions.execute((status) -> write(file, source, parsed, existing, prepared.metadata())),
					null);
		}
		catch (SourceFileException ex) {
			return fail(file, ex);
		}
		catch (RuntimeException | Error ex) {
			return failWriting(file, ex, read);
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Refuses a path too long to be stored as the file's identity. */
	private void checkPath(String path) throws SourceFileException {
		int max = this.limits.length("documents", "source_path");
		if (max > 0 && path.length() > max) {
			throw new SourceFileException("The file's path is " + path.length() + " characters long, over the " + max
					+ " the corpus can store; move it to a shorter path.", null);
		}
	}

	/**
	 * Parses a source; a parse that runs out of stack or memory fails the file, not the
	 * run.
	 */
	private SourceParser.Parsed parse(SourceText source) throws SourceFileException {
		try {
			return this.parser.parse(source);
		}
		catch (StackOverflowError | PatternSyntaxException ex) {
			if (ex instanceof PatternSyntaxException syntax && !syntax.getDescription().startsWith("Stack overflow")) {
				throw syntax;
			}
			log.error("A reader ran out of stack (it recurses too deeply)", ex);
			int line = Nesting.deepestLine(source.text(), source.page());
			throw new SourceFileException("The file could not be read: it nests brackets or elements deeper than the "
					+ "importer can follow (deepest on line " + line + "). Nothing was read from it.", line);
		}
		catch (OutOfMemoryError ex) {
			throw new SourceFileException("The file could not be read: reading it needs more memory than the server "
					+ "has. Import it on a server with more memory, or split it.", null);
		}
	}

	/**
	 * A failure while writing a file: a value too long for its column fails the file with
	 * its line, a fault of the storage stops the run, anything else is a fault of the
	 * importer and is logged with its stack trace.
	 */
	private Attempt failWriting(SourceFile file, Throwable ex, SourceParser.Parsed read) {
		Optional<ValueTooLongException> tooLong = cause(ex, ValueTooLongException.class);
		if (tooLong.isPresent()) {
			Integer line = tooLong.get().line();
			if (line == null && read != null && tooLong.get().isDocumentTitle()) {
				line = read.parsed()
					.lines()
					.stream()
					.filter((use) -> use.role() == LineRole.TITLE)
					.map(LineUse::line)
					.findFirst()
					.orElse(null);
			}
			if (line != null && read != null) {
				line = SourceParser.fileLine(read.lines(), line);
			}
			String where = (line != null) ? " (line " + line + ")" : "";
			return fail(file,
					new SourceFileException(tooLong.get().getMessage().replaceFirst(" is ", where + " is "), line));
		}
		if (ex instanceof StackOverflowError || ex instanceof OutOfMemoryError) {
			log.error("Writing {} ran out of {}", id(file.path()),
					(ex instanceof StackOverflowError) ? "stack" : "memory", ex);
			return fail(file,
					new SourceFileException("The file could not be stored: writing it needs more "
							+ ((ex instanceof StackOverflowError) ? "stack" : "memory") + " than the server has.",
							null));
		}
		Optional<String> storage = StorageFaults.describe(ex);
		if (storage.isPresent()) {
			log.error("{}: {} ({})", id(file.path()), storage.get(), deepestMessage(ex));
			ImportOutcome outcome = new ImportOutcome(id(file.path()), file.name(), ImportStatus.FAILED, null,
					"The import stopped at this file because " + storage.get()
							+ ". Import again once the fault is mended.",
					1);
			recordQuietly(file, outcome);
			return new Attempt(outcome, storage.get());
		}
		log.error("Could not import {}: a fault in the importer", id(file.path()), ex);
		return fail(file, new SourceFileException(
				"The file could not be imported because of a fault in the importer; the server's log has the details.",
				null));
	}

	private static <T extends Throwable> Optional<T> cause(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (type.isInstance(t)) {
				return Optional.of(type.cast(t));
			}
		}
		return Optional.empty();
	}

	private static String deepestMessage(Throwable ex) {
		Throwable deepest = ex;
		while (deepest.getCause() != null && deepest.getCause() != deepest) {
			deepest = deepest.getCause();
		}
		return String.valueOf(deepest.getMessage());
	}

	/**
	 * Writes a file's document, its record and its metadata, and raises the corpus's
	 * version, all in the caller's transaction: pages rendered before it commits are kept
	 * under the version before.
	 */
	private ImportOutcome write(SourceFile file, SourceText source, SourceParser.Parsed read,
			Optional<Document> existing, MetadataFile metadata) {
		SourceLines lines = read.lines();
		ParsedDocument parsed = read.parsed();
		String path = id(file.path());
		this.index.deferWrites();
		String slug = existing.map(Document::getSlug).orElse(null);
		existing.ifPresent(this.writer::delete);
		// Looked up before the document is written: a query after it would have Hibernate
		// check each of the document's entities for changes first.
		ImportRecord record = record(path, file);
		if (slug == null) {
			slug = uniqueSlug(parsed.title(), file.path());
		}
		DocumentOrigin origin = new DocumentOrigin(path, fileName(file.path()),
				source.page() ? SourceFormat.PAGE : SourceFormat.TEXT, source.contentHash(), source.byteSize(),
				Instant.now());
		Document document = this.writer.write(slug, origin, lines, parsed);
		List<Warning> warnings = new ArrayList<>();
		source.warnings().forEach((w) -> warnings.add(new Warning(null, w)));
		for (int n = 1; lines.isBlocks() && n <= lines.count(); n++) {
			if (lines.origin(n).markup().length() > SourceLine.MAX_MARKUP) {
				warnings.add(new Warning(n, "The markup of text block " + n + " is over " + SourceLine.MAX_MARKUP
						+ " characters; the source view shows its first " + SourceLine.MAX_MARKUP + "."));
			}
		}
		for (SourceNote note : parsed.notes()) {
			warnings.add(new Warning(note.line(), note.message()));
		}
		this.copies.mark(document).ifPresent((copy) -> warnings.add(new Warning(null, copy)));
		List<UnaccountedLine> unaccounted = new ArrayList<>();
		for (LineUse use : parsed.lines()) {
			if (use.role() == LineRole.UNACCOUNTED) {
				unaccounted.add(new UnaccountedLine(use.line(), lines.line(use.line())));
			}
		}
		String message = "Imported " + (source.page() ? "a saved page " : "") + "as " + kindPhrase(parsed.kind()) + ": "
				+ summary(document) + (existing.isPresent() ? "; it replaces the earlier import." : ".");
		record.record(ImportStatus.IMPORTED, parsed.kind(), message, document.getSlug(), document.getLinesPresent(),
				document.getLinesAccounted(), warnings, unaccounted, Instant.now());
		this.records.save(record);
		this.metadataFiles.store(document, metadata, true);
		int problems = MetadataFiles.warn(record, metadata);
		this.version.changed();
		log.debug("{}: {}", path, message);
		return new ImportOutcome(path, file.name(), ImportStatus.IMPORTED, parsed.kind(), message,
				warnings.size() + problems);
	}

	/**
	 * The file's record, named as the file is now named, or a new one. A path too long to
	 * be a document's identity still gets a record: under its start and a hash of the
	 * whole, with its name cut in the middle.
	 */
	private ImportRecord record(String path, SourceFile file) {
		int max = this.limits.length("import_records", "source_path");
		String key = (max > 0 && path.length() > max)
				? path.substring(0, max - 65) + "#" + SourceFileReader.sha256(path.getBytes(StandardCharsets.UTF_8))
				: path;
		int maxName = this.limits.length("import_records", "source_name");
		String name = file.name();
		if (maxName > 0 && name.length() > maxName) {
			int half = (maxName - 1) / 2;
			name = name.substring(0, half) + "…" + name.substring(name.length() - half);
		}
		String shown = name;
		ImportRecord record = this.records.findBySourcePath(key)
			.orElseGet(() -> new ImportRecord(key, fileName(file.path()), shown));
		record.rename(shown);
		return record;
	}

	/**
	 * Records a file whose content is its document's, and stores what its metadata file
	 * supplies, in one transaction; the corpus's version is raised only if the metadata
	 * stored changed.
	 */
	private ImportOutcome unchanged(SourceFile file, Document document, MetadataFile metadata) {
		String path = id(file.path());
		String message = "Unchanged since its import of " + document.getImportedAt() + ".";
		Integer problems = this.transactions.execute((status) -> {
			ImportRecord record = record(path, file);
			if (this.metadataFiles.store(document, metadata, false)) {
				this.version.changed();
			}
			if (record.getId() != null && record.getStatus() != ImportStatus.FAILED
					&& record.getStatus() != ImportStatus.SKIPPED) {
				record.markUnchanged(message, Instant.now());
				return MetadataFiles.warn(record, metadata);
			}
			List<Warning> warnings = this.notes.findByDocumentIdOrderByPosition(document.getId())
				.stream()
				.map((n) -> new Warning(n.getLine(), n.getMessage()))
				.toList();
			List<UnaccountedLine> unaccounted = this.sourceLines
				.findByDocumentIdAndRoleOrderByLine(document.getId(), LineRole.UNACCOUNTED)
				.stream()
				.map((l) -> new UnaccountedLine(l.getLine(), l.getText()))
				.toList();
			record.record(ImportStatus.UNCHANGED, document.getKind(), message, document.getSlug(),
					document.getLinesPresent(), document.getLinesAccounted(), warnings, unaccounted, Instant.now());
			this.records.save(record);
			return MetadataFiles.warn(record, metadata);
		});
		log.debug("{}: {}", path, message);
		return new ImportOutcome(path, file.name(), ImportStatus.UNCHANGED, document.getKind(), message,
				(problems != null) ? problems : 0);
	}

	private Attempt fail(SourceFile file, SourceFileException problem) {
		return notImported(file, ImportStatus.FAILED, problem.getMessage(), problem.getLine());
	}

	private Attempt skip(SourceFile file, String message) {
		return notImported(file, ImportStatus.SKIPPED, message, null);
	}

	/**
	 * Records that a path was not imported, keeping any earlier import of it; a fault of
	 * the storage while recording stops the run.
	 */
	private Attempt notImported(SourceFile file, ImportStatus status, String problem, Integer line) {
		String path = id(file.path());
		try {
			Optional<Document> previous = this.documents.findBySourcePath(path);
			String message = problem + previous.map((d) -> " The earlier import of this file is kept.")
				.orElse((status == ImportStatus.FAILED) ? " Nothing was imported." : "");
			log.warn("{}{}: {}", path, (line != null) ? " (line " + line + ")" : "", message);
			ImportOutcome outcome = new ImportOutcome(path, file.name(), status, null, message, 1);
			this.transactions.executeWithoutResult((transaction) -> {
				ImportRecord record = record(path, file);
				record.record(status, previous.map(Document::getKind).orElse(null), message,
						previous.map(Document::getSlug).orElse(null), null, null, List.of(new Warning(line, problem)),
						List.of(), Instant.now());
				this.records.save(record);
			});
			return new Attempt(outcome, null);
		}
		catch (RuntimeException ex) {
			ImportOutcome outcome = new ImportOutcome(path, file.name(), status, null, problem, 1);
			Optional<String> storage = StorageFaults.describe(ex);
			if (storage.isPresent()) {
				log.error("{}: {} ({})", path, storage.get(), deepestMessage(ex));
				return new Attempt(outcome, storage.get());
			}
			log.error("Could not record the outcome of {}", path, ex);
			return new Attempt(outcome, null);
		}
	}

	/**
	 * Records a failure if the database still takes it; a storage fault is already said.
	 */
	private void recordQuietly(SourceFile file, ImportOutcome outcome) {
		String path = id(file.path());
		try {
			this.transactions.executeWithoutResult((status) -> {
				ImportRecord record = record(path, file);
				record.record(ImportStatus.FAILED, null, outcome.message(), record.getDocumentSlug(), null, null,
						List.of(new Warning(null, outcome.message())), List.of(), Instant.now());
				this.records.save(record);
			});
		}
		catch (RuntimeException ex) {
			log.debug("The failure of {} could not be recorded either: {}", path, deepestMessage(ex));
		}
	}

	private static String id(Path file) {
		return file.normalize().toString();
	}

	/**
	 * A slug from the title; if another document has it, the title's slug with a short
	 * hash of the file's path, so that many sources with one title cost one or two
	 * look-ups each.
	 */
	private String uniqueSlug(String title, Path file) {
		String base = Slugs.of(title, Slugs.of(fileName(file).replaceFirst("\\.[^.]*$", ""), "document"));
		if (!this.documents.existsBySlug(base)) {
			return base;
		}
		String hashed = base + "-"
				+ SourceFileReader.sha256(file.normalize().toString().getBytes(StandardCharsets.UTF_8)).substring(0, 8);
		String slug = hashed;
		for (int n = 2; this.documents.existsBySlug(slug); n++) {
			slug = hashed + "-" + n;
		}
		return slug;
	}

	private static String summary(Document d) {
		String counts = d.getPassageCount() + " passages, " + d.getCitationCount() + " citations, " + d.getReviewCount()
				+ " reviews, " + d.getCommentCount() + " comments; ";
		if (d.getFormat() == SourceFormat.PAGE) {
			int content = d.getLinesAccounted() - d.getFurnitureCount();
			return counts + d.getLinesPresent() + " text blocks: " + content + " content, " + d.getFurnitureCount()
					+ " furniture, " + (d.getLinesPresent() - d.getLinesAccounted()) + " fell through";
		}
		return counts + d.getLinesAccounted() + " of " + d.getLinesPresent() + " non-blank lines accounted for";
	}

	private static String kindPhrase(DocumentKind kind) {
		String lower = kind.label().toLowerCase(Locale.ROOT);
		if (kind.equals(SourceKinds.fallback().kind())) {
			return lower;
		}
		return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
	}

	private static String fileName(Path file) {
		Path name = file.getFileName();
		return (name != null) ? name.toString() : file.toString();
	}

	private static String rate(int files, Instant from, Instant to) {
		double seconds = Math.max(Duration.between(from, to).toMillis(), 1) / 1000.0;
		return String.format("%.1f", files / seconds);
	}

}

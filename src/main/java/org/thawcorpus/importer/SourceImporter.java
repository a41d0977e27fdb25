package org.thawcorpus.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
import org.thawcorpus.importer.write.DocumentWriter;
import org.thawcorpus.source.DocumentKind;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.SourceKinds;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.html.HtmlKinds;
import org.thawcorpus.source.html.HtmlPage;
import org.thawcorpus.source.html.TextBlock;

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

	SourceImporter(ThawProperties properties, DocumentRepository documents, ImportRecordRepository records,
			DocumentWriter writer, DocumentNoteRepository notes, SourceLineRepository sourceLines,
			PlatformTransactionManager transactionManager, PageCopies copies, MetadataFiles metadataFiles) {
		this.copies = copies;
		this.metadataFiles = metadataFiles;
		this.properties = properties;
		this.documents = documents;
		this.records = records;
		this.writer = writer;
		this.notes = notes;
		this.sourceLines = sourceLines;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Imports every file of the configured sources. */
	public List<ImportOutcome> importConfiguredSources() {
		return importSources(this.properties.sources());
	}

	/** Imports every file of the given sources (files and folders). */
	public List<ImportOutcome> importSources(List<String> sources) {
		SourceFiles.Listing listing = SourceFiles.list(sources);
		List<ImportOutcome> outcomes = new ArrayList<>();
		for (SourceFiles.Problem problem : listing.problems()) {
			outcomes.add(fail(problem.path(), new SourceFileException(problem.message(), null)));
		}
		int total = listing.files().size();
		log.info("Importing {} source files from {}", total, sources);
		Instant started = Instant.now();
		Instant lastReport = started;
		for (int i = 0; i < total; i++) {
			outcomes.add(importFile(listing.files().get(i)));
			Instant now = Instant.now();
			if (Duration.between(lastReport, now).compareTo(PROGRESS_EVERY) >= 0) {
				log.info("Imported {} of {} files ({} files/s)", i + 1, total, rate(i + 1, started, now));
				lastReport = now;
			}
		}
		log.info("Import finished: {} files in {} ms ({} files/s); {} imported, {} unchanged, {} failed", total,
				Duration.between(started, Instant.now()).toMillis(), rate(total, started, Instant.now()),
				count(outcomes, ImportStatus.IMPORTED), count(outcomes, ImportStatus.UNCHANGED),
				count(outcomes, ImportStatus.FAILED));
		return outcomes;
	}

	/**
	 * Imports one file, and reads the metadata file beside it ({@link MetadataFiles}).
	 */
	public ImportOutcome importFile(Path file) {
		return this.metadataFiles.apply(file, importSource(file));
	}

	private ImportOutcome importSource(Path file) {
		String path = file.normalize().toString();
		SourceText source;
		try {
			source = new SourceFileReader(this.properties.maxFileSize(), this.properties.maxPageSize()).read(file);
		}
		catch (SourceFileException ex) {
			return fail(file, ex);
		}
		Optional<Document> existing = this.documents.findBySourcePath(path);
		if (existing.isPresent() && existing.get().getContentHash().equals(source.contentHash())) {
			return unchanged(file, existing.get());
		}
		try {
			SourceLines lines;
			ParsedDocument parsed;
			if (source.page()) {
				HtmlPage page = HtmlPage.parse(source.text());
				checkBlocks(page);
				lines = page.lines();
				parsed = HtmlKinds.parse(page);
			}
			else {
				lines = SourceLines.of(source.text());
				parsed = SourceKinds.parse(lines);
			}
			return this.transactions.execute((status) -> write(file, source, lines, parsed, existing));
		}
		catch (SourceFileException ex) {
			return fail(file, ex);
		}
		catch (RuntimeException ex) {
			log.error("Could not import {}", path, ex);
			return fail(file, new SourceFileException(
					"The file could not be imported (" + ex.getClass().getSimpleName() + ": " + ex.getMessage() + ").",
					null));
		}
	}

	/** Refuses a page with a text block too long to store, naming the block's line. */
	private static void checkBlocks(HtmlPage page) throws SourceFileException {
		for (TextBlock block : page.blocks()) {
			if (block.text().length() > SourceFileReader.MAX_LINE_LENGTH) {
				throw new SourceFileException("The text block starting on line " + block.sourceLine() + " ("
						+ block.path() + ") is " + block.text().length() + " characters long, over the limit of "
						+ SourceFileReader.MAX_LINE_LENGTH + ".", block.sourceLine());
			}
		}
	}

	private ImportOutcome write(Path file, SourceText source, SourceLines lines, ParsedDocument parsed,
			Optional<Document> existing) {
		String path = file.normalize().toString();
		String slug = existing.map(Document::getSlug).orElse(null);
		existing.ifPresent(this.writer::delete);
		if (slug == null) {
			slug = uniqueSlug(parsed.title(), file);
		}
		DocumentOrigin origin = new DocumentOrigin(path, fileName(file),
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
		ImportRecord record = this.records.findBySourcePath(path)
			.orElseGet(() -> new ImportRecord(path, fileName(file)));
		record.record(ImportStatus.IMPORTED, parsed.kind(), message, document.getSlug(), document.getLinesPresent(),
				document.getLinesAccounted(), warnings, unaccounted, Instant.now());
		this.records.save(record);
		log.debug("{}: {}", path, message);
		return new ImportOutcome(path, ImportStatus.IMPORTED, parsed.kind(), message, warnings.size());
	}

	private ImportOutcome unchanged(Path file, Document document) {
		String path = file.normalize().toString();
		String message = "Unchanged since its import of " + document.getImportedAt() + ".";
		this.transactions.executeWithoutResult((status) -> {
			ImportRecord record = this.records.findBySourcePath(path).orElse(null);
			if (record != null && record.getStatus() != ImportStatus.FAILED) {
				record.markUnchanged(message, Instant.now());
				return;
			}
			ImportRecord restored = (record != null) ? record : new ImportRecord(path, fileName(file));
			List<Warning> warnings = this.notes.findByDocumentIdOrderByPosition(document.getId())
				.stream()
				.map((n) -> new Warning(n.getLine(), n.getMessage()))
				.toList();
			List<UnaccountedLine> unaccounted = this.sourceLines
				.findByDocumentIdAndRoleOrderByLine(document.getId(), LineRole.UNACCOUNTED)
				.stream()
				.map((l) -> new UnaccountedLine(l.getLine(), l.getText()))
				.toList();
			restored.record(ImportStatus.UNCHANGED, document.getKind(), message, document.getSlug(),
					document.getLinesPresent(), document.getLinesAccounted(), warnings, unaccounted, Instant.now());
			this.records.save(restored);
		});
		log.debug("{}: {}", path, message);
		return new ImportOutcome(path, ImportStatus.UNCHANGED, document.getKind(), message, 0);
	}

	private ImportOutcome fail(Path file, SourceFileException problem) {
		String path = file.normalize().toString();
		Optional<Document> previous = this.documents.findBySourcePath(path);
		String where = (problem.getLine() != null) ? " (line " + problem.getLine() + ")" : "";
		String message = problem.getMessage()
				+ previous.map((d) -> " The earlier import of this file is kept.").orElse(" Nothing was imported.");
		log.warn("{}{}: {}", path, where, message);
		this.transactions.executeWithoutResult((status) -> {
			ImportRecord record = this.records.findBySourcePath(path)
				.orElseGet(() -> new ImportRecord(path, fileName(file)));
			record.record(ImportStatus.FAILED, previous.map(Document::getKind).orElse(null), message,
					previous.map(Document::getSlug).orElse(null), null, null,
					List.of(new Warning(problem.getLine(), problem.getMessage())), List.of(), Instant.now());
			this.records.save(record);
		});
		return new ImportOutcome(path, ImportStatus.FAILED, null, message, 1);
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

	private static long count(List<ImportOutcome> outcomes, ImportStatus status) {
		return outcomes.stream().filter((o) -> o.status() == status).count();
	}

	private static String rate(int files, Instant from, Instant to) {
		double seconds = Math.max(Duration.between(from, to).toMillis(), 1) / 1000.0;
		return String.format("%.1f", files / seconds);
	}

}

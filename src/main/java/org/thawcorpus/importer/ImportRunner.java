package org.thawcorpus.importer;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;
import org.thawcorpus.annotation.RegisterSync;
import org.thawcorpus.importer.ImportReport.LineMessage;
import org.thawcorpus.search.SearchIndexCheck;

/**
 * Runs the start-up maintenance when the application starts, under the
 * {@link MaintenanceLock}: the register's sync, the search index's check, then the import
 * of the configured sources. With {@code --thaw.import-only} it prints the import report
 * and the application exits, non-zero if any file failed or the import stopped early.
 */
@Component
public class ImportRunner implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	static final String IMPORT_ONLY = "thaw.import-only";

	/** Files whose warnings the printed report reads in one query. */
	private static final int PRINT_BATCH = 500;

	private final RegisterSync registerSync;

	private final SearchIndexCheck indexCheck;

	private final MaintenanceLock maintenance;

	private final SourceImporter importer;

	private final ThawProperties properties;

	private final ImportReportService reports;

	private int exitCode;

	ImportRunner(RegisterSync registerSync, SearchIndexCheck indexCheck, MaintenanceLock maintenance,
			SourceImporter importer, ThawProperties properties, ImportReportService reports) {
		this.registerSync = registerSync;
		this.indexCheck = indexCheck;
		this.maintenance = maintenance;
		this.importer = importer;
		this.properties = properties;
		this.reports = reports;
	}

	/** Whether the command line asks to import and exit without serving. */
	public static boolean isImportOnly(String... args) {
		return Arrays.stream(args)
			.anyMatch((arg) -> arg.equals("--" + IMPORT_ONLY) || arg.equalsIgnoreCase("--" + IMPORT_ONLY + "=true"));
	}

	/**
	 * Brings the annotations and the search index in step and imports the configured
	 * sources. Nothing that happens to a file, and no fault of the storage, fails the
	 * application's start: the server serves what it has.
	 */
	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		boolean importOnly = isImportOnly(args.getSourceArgs());
		boolean importing = importOnly || this.properties.importOnStartup();
		ImportRun run = this.maintenance.run("start-up maintenance", () -> {
			this.registerSync.sync();
			this.indexCheck.check();
			return importing ? importSources(importOnly) : null;
		});
		if (importOnly && run != null) {
			print(run, System.out);
			this.exitCode = run.failed() ? 1 : 0;
		}
	}

	private ImportRun importSources(boolean importOnly) {
		try {
			return this.importer.importSources(this.properties.sources());
		}
		catch (RuntimeException | Error ex) {
			log.error("The import stopped because of a fault in the importer", ex);
			this.exitCode = 1;
			if (importOnly) {
				System.out.println("The import stopped because of a fault in the importer; the log has the details.");
			}
			return null;
		}
	}

	private void print(ImportRun run, PrintStream out) {
		List<ImportOutcome> outcomes = run.outcomes();
		out.println();
		out.println("Import report");
		for (int from = 0; from < outcomes.size(); from += PRINT_BATCH) {
			List<ImportOutcome> batch = outcomes.subList(from, Math.min(from + PRINT_BATCH, outcomes.size()));
			Map<String, List<LineMessage>> warnings = warnings(batch);
			for (ImportOutcome outcome : batch) {
				out.printf("%-12s %-20s %s%n", outcome.status(), (outcome.kind() != null) ? outcome.kind() : "-",
						outcome.name());
				out.println("             " + outcome.message());
				if (outcome.status() != ImportStatus.IMPORTED && outcome.status() != ImportStatus.UNCHANGED) {
					continue;
				}
				warnings.getOrDefault(outcome.path(), List.of())
					.forEach((w) -> out.println(
							"             " + ((w.line() != null) ? "line " + w.line() + ": " : "") + w.message()));
			}
		}
		out.printf("%d files: %d imported, %d unchanged, %d failed, %d skipped, %d not imported%n", outcomes.size(),
				run.count(ImportStatus.IMPORTED), run.count(ImportStatus.UNCHANGED), run.count(ImportStatus.FAILED),
				run.count(ImportStatus.SKIPPED), run.count(ImportStatus.NOT_IMPORTED));
		if (run.stopped() != null) {
			out.println(run.stopped());
		}
	}

	/**
	 * The warnings of a batch of files; none if the database cannot be read (the report
	 * is printed all the same).
	 */
	private Map<String, List<LineMessage>> warnings(List<ImportOutcome> batch) {
		try {
			return this.reports.warnings(batch.stream().map(ImportOutcome::path).toList());
		}
		catch (RuntimeException ex) {
			log.warn("The warnings could not be read from the database: {}", ex.getMessage());
			return Map.of();
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}

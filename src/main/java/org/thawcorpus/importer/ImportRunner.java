package org.thawcorpus.importer;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;
import org.thawcorpus.importer.ImportReport.LineMessage;

/**
 * Imports the configured sources when the application starts. With
 * {@code --thaw.import-only} it prints the import report and the application exits,
 * non-zero if any file failed.
 */
@Component
public class ImportRunner implements ApplicationRunner, ExitCodeGenerator {

	static final String IMPORT_ONLY = "thaw.import-only";

	/** Files whose warnings the printed report reads in one query. */
	private static final int PRINT_BATCH = 500;

	private final SourceImporter importer;

	private final ThawProperties properties;

	private final ImportReportService reports;

	private int exitCode;

	ImportRunner(SourceImporter importer, ThawProperties properties, ImportReportService reports) {
		this.importer = importer;
		this.properties = properties;
		this.reports = reports;
	}

	/** Whether the command line asks to import and exit without serving. */
	public static boolean isImportOnly(String... args) {
		return Arrays.stream(args)
			.anyMatch((arg) -> arg.equals("--" + IMPORT_ONLY) || arg.equalsIgnoreCase("--" + IMPORT_ONLY + "=true"));
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean importOnly = isImportOnly(args.getSourceArgs());
		if (!importOnly && !this.properties.importOnStartup()) {
			return;
		}
		List<ImportOutcome> outcomes = this.importer.importConfiguredSources();
		if (importOnly) {
			print(outcomes, System.out);
			boolean failed = outcomes.stream().anyMatch((o) -> o.status() == ImportStatus.FAILED);
			this.exitCode = failed ? 1 : 0;
		}
	}

	private void print(List<ImportOutcome> outcomes, PrintStream out) {
		out.println();
		out.println("Import report");
		for (int from = 0; from < outcomes.size(); from += PRINT_BATCH) {
			List<ImportOutcome> batch = outcomes.subList(from, Math.min(from + PRINT_BATCH, outcomes.size()));
			Map<String, List<LineMessage>> warnings = this.reports
				.warnings(batch.stream().map(ImportOutcome::path).toList());
			for (ImportOutcome outcome : batch) {
				out.printf("%-9s %-20s %s%n", outcome.status(), (outcome.kind() != null) ? outcome.kind() : "-",
						outcome.path());
				out.println("          " + outcome.message());
				if (outcome.status() == ImportStatus.FAILED) {
					continue;
				}
				warnings.getOrDefault(outcome.path(), List.of())
					.forEach((w) -> out
						.println("          " + ((w.line() != null) ? "line " + w.line() + ": " : "") + w.message()));
			}
		}
		out.printf("%d files: %d imported, %d unchanged, %d failed%n", outcomes.size(),
				count(outcomes, ImportStatus.IMPORTED), count(outcomes, ImportStatus.UNCHANGED),
				count(outcomes, ImportStatus.FAILED));
	}

	private static long count(List<ImportOutcome> outcomes, ImportStatus status) {
		return outcomes.stream().filter((o) -> o.status() == status).count();
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}

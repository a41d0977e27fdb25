package org.thawcorpus.importer;

import org.springframework.data.domain.Pageable;

/** A file's entry in the import report, looked up by its name there. */
final class ReportEntries {

	private ReportEntries() {
	}

	static ImportReport.FileReport named(ImportReportService reports, String name) {
		return reports.pageByPath(Pageable.unpaged())
			.stream()
			.filter((f) -> f.path().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No entry " + name + " in the import report"));
	}

}

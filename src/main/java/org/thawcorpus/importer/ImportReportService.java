package org.thawcorpus.importer;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.importer.ImportReport.FileReport;
import org.thawcorpus.importer.ImportReport.LineMessage;
import org.thawcorpus.importer.ImportReport.LineText;

/** Reads the import report. */
@Service
public class ImportReportService {

	private final ImportRecordRepository records;

	ImportReportService(ImportRecordRepository records) {
		this.records = records;
	}

	/** A page of the report, by path. */
	@Transactional(readOnly = true)
	public Page<FileReport> pageByPath(Pageable pageable) {
		return this.records.findAllByOrderBySourcePathAsc(pageable).map(this::toReport);
	}

	/** A page of the report, failed files first. */
	@Transactional(readOnly = true)
	public Page<FileReport> page(Pageable pageable) {
		return this.records.findProblemsFirst(pageable).map(this::toReport);
	}

	/**
	 * How many files have each status, and the lines present and accounted for in all of
	 * them.
	 */
	@Transactional(readOnly = true)
	public ImportTotals totals() {
		Map<ImportStatus, Long> files = new EnumMap<>(ImportStatus.class);
		long lines = 0;
		long accounted = 0;
		for (Object[] row : this.records.totalsByStatus()) {
			files.put((ImportStatus) row[0], ((Number) row[1]).longValue());
			lines += ((Number) row[2]).longValue();
			accounted += ((Number) row[3]).longValue();
		}
		return new ImportTotals(files.getOrDefault(ImportStatus.IMPORTED, 0L),
				files.getOrDefault(ImportStatus.UNCHANGED, 0L), files.getOrDefault(ImportStatus.FAILED, 0L),
				files.getOrDefault(ImportStatus.SKIPPED, 0L), lines, accounted);
	}

	/** The warnings recorded for each of some files that has a record, by path. */
	@Transactional(readOnly = true)
	public Map<String, List<LineMessage>> warnings(Collection<String> paths) {
		Map<String, List<LineMessage>> byPath = new HashMap<>();
		for (ImportRecord r : this.records.findBySourcePathIn(paths)) {
			byPath.put(r.getSourcePath(), warnings(r));
		}
		return byPath;
	}

	private static List<LineMessage> warnings(ImportRecord r) {
		return r.getWarnings().stream().map((w) -> new LineMessage(w.getLine(), w.getMessage())).toList();
	}

	private FileReport toReport(ImportRecord r) {
		return new FileReport(r.getSourceFile(), r.getSourceName(), r.getKind(), r.getStatus(), r.getMessage(),
				r.getDocumentSlug(), r.getLinesTotal(), r.getLinesAccounted(), warnings(r),
				r.getUnaccounted().stream().map((u) -> new LineText(u.getLine(), u.getText())).toList(),
				r.getAttemptedAt());
	}

}

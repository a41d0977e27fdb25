package org.thawcorpus.importer;

import java.util.List;

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

	/** Every file's latest outcome, by path. */
	@Transactional(readOnly = true)
	public ImportReport report() {
		return new ImportReport(this.records.findAllByOrderBySourcePathAsc().stream().map(this::toReport).toList());
	}

	/** The warnings recorded for one file, or none if it has no record. */
	@Transactional(readOnly = true)
	public List<LineMessage> warnings(String path) {
		return this.records.findBySourcePath(path)
			.map((r) -> r.getWarnings().stream().map((w) -> new LineMessage(w.getLine(), w.getMessage())).toList())
			.orElse(List.of());
	}

	private FileReport toReport(ImportRecord r) {
		return new FileReport(r.getSourceFile(), r.getSourcePath(), r.getKind(), r.getStatus(), r.getMessage(),
				r.getDocumentSlug(), r.getLinesTotal(), r.getLinesAccounted(),
				r.getWarnings().stream().map((w) -> new LineMessage(w.getLine(), w.getMessage())).toList(),
				r.getUnaccounted().stream().map((u) -> new LineText(u.getLine(), u.getText())).toList(),
				r.getAttemptedAt());
	}

}

package org.thawcorpus.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.importer.ImportReport.FileReport;
import org.thawcorpus.importer.ImportReport.LineMessage;
import org.thawcorpus.importer.ImportReport.LineText;

/** Reads the import report. */
@Service
public class ImportReportService {

	/** The statuses listed first, in order, before the rest. */
	private static final List<ImportStatus> PROBLEMS = List.of(ImportStatus.FAILED, ImportStatus.SKIPPED);

	private final ImportRecordRepository records;

	private final EntityManager entityManager;

	private volatile Kept kept;

	ImportReportService(ImportRecordRepository records, EntityManager entityManager) {
		this.records = records;
		this.entityManager = entityManager;
	}

	/** A page of the report, by path. */
	@Transactional(readOnly = true)
	public Page<FileReport> pageByPath(Pageable pageable) {
		return this.records.findAllByOrderBySourcePathAsc(pageable).map(this::toReport);
	}

	/**
	 * A page of the report, failed files first, then skipped paths, then the rest, each
	 * by path: each part read in the order of an index, from its counts in the totals.
	 */
	@Transactional(readOnly = true)
	public Page<FileReport> page(Pageable pageable) {
		ImportTotals totals = totals();
		List<ImportRecord> shown = new ArrayList<>();
		long skip = pageable.getOffset();
		int size = pageable.getPageSize();
		for (ImportStatus problem : PROBLEMS) {
			long count = (problem == ImportStatus.FAILED) ? totals.failed() : totals.skipped();
			if (skip < count && shown.size() < size) {
				shown.addAll(window("r.status = :which order by r.status, r.sourcePath", problem, skip,
						size - shown.size()));
			}
			skip = Math.max(0, skip - count);
		}
		if (shown.size() < size) {
			shown.addAll(window("r.status not in :which order by r.sourcePath", PROBLEMS, skip, size - shown.size()));
		}
		return new PageImpl<>(shown.stream().map(this::toReport).toList(), pageable, totals.files());
	}

	private List<ImportRecord> window(String where, Object which, long skip, int count) {
		return this.entityManager.createQuery("select r from ImportRecord r where " + where, ImportRecord.class)
			.setParameter("which", which)
			.setFirstResult(Math.toIntExact(skip))
			.setMaxResults(count)
			.getResultList();
	}

	/**
	 * How many files have each status, and the lines present and accounted for in all of
	 * them. Summed once, then kept until a record is written or removed: every write sets
	 * a record's latest attempt, so the number of records and the latest attempt, both
	 * read from indexes, tell whether the kept totals still hold (on every instance
	 * serving the database).
	 */
	@Transactional(readOnly = true)
	public ImportTotals totals() {
		Object[] probe = this.records.latestAttempt().get(0);
		long files = ((Number) probe[0]).longValue();
		Instant latest = (Instant) probe[1];
		Kept known = this.kept;
		if (known != null && known.files() == files && Objects.equals(known.latest(), latest)) {
			return known.totals();
		}
		ImportTotals totals = sum();
		this.kept = new Kept(files, latest, totals);
		return totals;
	}

	private ImportTotals sum() {
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

	/**
	 * The totals as summed when there were that many records, the latest attempted then.
	 */
	private record Kept(long files, Instant latest, ImportTotals totals) {

	}

}

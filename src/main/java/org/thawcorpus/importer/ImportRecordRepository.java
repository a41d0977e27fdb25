package org.thawcorpus.importer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The import report: one record per source file ever imported. */
public interface ImportRecordRepository extends JpaRepository<ImportRecord, Long> {

	Optional<ImportRecord> findBySourcePath(String sourcePath);

	/** The records of some files, with their warnings. */
	@EntityGraph(attributePaths = { "warnings" })
	List<ImportRecord> findBySourcePathIn(Collection<String> sourcePaths);

	/** A page of records by path; their warnings and lines are fetched in batches. */
	Page<ImportRecord> findAllByOrderBySourcePathAsc(Pageable pageable);

	/**
	 * What tells whether any record was written since an earlier look, from indexes
	 * alone: a row of [records, the latest attempt].
	 */
	@Query("select count(r), max(r.attemptedAt) from ImportRecord r")
	List<Object[]> latestAttempt();

	/**
	 * Files, lines present and lines accounted for, per status: rows of [status, files,
	 * lines, accounted].
	 */
	@Query("select r.status, count(r), coalesce(sum(r.linesTotal), 0), coalesce(sum(r.linesAccounted), 0)"
			+ " from ImportRecord r group by r.status")
	List<Object[]> totalsByStatus();

}

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

	/** A page of records, failed files first, then skipped paths, then by path. */
	@Query(value = "select r from ImportRecord r order by case r.status when 'FAILED' then 0 when 'SKIPPED' then 1"
			+ " else 2 end, r.sourcePath", countQuery = "select count(r) from ImportRecord r")
	Page<ImportRecord> findProblemsFirst(Pageable pageable);

	/**
	 * Files, lines present and lines accounted for, per status: rows of [status, files,
	 * lines, accounted].
	 */
	@Query("select r.status, count(r), coalesce(sum(r.linesTotal), 0), coalesce(sum(r.linesAccounted), 0)"
			+ " from ImportRecord r group by r.status")
	List<Object[]> totalsByStatus();

}

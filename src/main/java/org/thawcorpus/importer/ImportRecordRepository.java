package org.thawcorpus.importer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** The import report: one record per source file ever imported. */
public interface ImportRecordRepository extends JpaRepository<ImportRecord, Long> {

	Optional<ImportRecord> findBySourcePath(String sourcePath);

	@EntityGraph(attributePaths = { "warnings" })
	List<ImportRecord> findAllByOrderBySourcePathAsc();

}

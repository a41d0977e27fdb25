package org.thawcorpus.annotation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.thawcorpus.annotation.parse.EntityType;

/** The register's entities, as stored. */
public interface NamedEntityRepository extends JpaRepository<NamedEntity, String> {

	List<NamedEntity> findAllByOrderBySortKeyAscIdAsc();

	List<NamedEntity> findByTypeOrderBySortKeyAscIdAsc(EntityType type);

	long countByType(EntityType type);

}

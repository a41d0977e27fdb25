package org.thawcorpus.annotation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.thawcorpus.annotation.parse.EntityType;
import org.thawcorpus.citation.Citation;

/** The annotations of the corpus. */
public interface AnnotationRepository extends JpaRepository<Annotation, Long> {

	@Query("""
			select new org.thawcorpus.annotation.StoredMark(a.passage.id, a.startOffset, a.endOffset, a.layer, e.id,
			e.name, a.normalized, a.period)
			from Annotation a left join a.entity e
			where a.passage.id in :passageIds and a.layer in :layers""")
	List<StoredMark> findMarksOfPassages(Collection<Long> passageIds, Collection<Layer> layers);

	@Query("""
			select new org.thawcorpus.annotation.StoredMark(a.passage.id, a.startOffset, a.endOffset, a.layer, e.id,
			e.name, a.normalized, a.period)
			from Annotation a left join a.entity e
			where a.document.id = :documentId and a.layer in :layers""")
	List<StoredMark> findMarksOfDocument(long documentId, Collection<Layer> layers);

	/** Rows of layer and number of annotations, for one document. */
	@Query("select a.layer, count(a) from Annotation a where a.document.id = :documentId group by a.layer")
	List<Object[]> countByLayer(long documentId);

	/**
	 * Rows of layer, number of annotations and number of entities, for the whole corpus.
	 */
	@Query("select a.layer, count(a), count(distinct a.entity.id) from Annotation a group by a.layer")
	List<Object[]> countAllByLayer();

	@Query(value = """
			select new org.thawcorpus.annotation.EntityCount(e.id, e.name, e.sortName, e.description, count(a))
			from Annotation a join a.entity e where e.type = :type
			group by e.id, e.name, e.sortName, e.sortKey, e.description order by e.sortKey, e.id""",
			countQuery = "select count(distinct a.entity.id) from Annotation a where a.entity.type = :type")
	Page<EntityCount> countByEntityOrderByName(EntityType type, Pageable pageable);

	@Query(value = """
			select new org.thawcorpus.annotation.EntityCount(e.id, e.name, e.sortName, e.description, count(a))
			from Annotation a join a.entity e where e.type = :type
			group by e.id, e.name, e.sortName, e.sortKey, e.description order by count(a) desc, e.sortKey, e.id""",
			countQuery = "select count(distinct a.entity.id) from Annotation a where a.entity.type = :type")
	Page<EntityCount> countByEntityOrderByMentions(EntityType type, Pageable pageable);

	/** Mentions per entity and document, for the given entities. */
	@Query("""
			select new org.thawcorpus.annotation.DocumentCount(a.entity.id, d.slug, d.title, count(a))
			from Annotation a join a.document d where a.entity.id in :entityIds
			group by a.entity.id, d.slug, d.title order by d.title, d.slug""")
	List<DocumentCount> countByDocument(Collection<String> entityIds);

	/** One page of the documents that mention an entity, with their counts, by title. */
	@Query(value = """
			select new org.thawcorpus.annotation.DocumentCount(a.entity.id, d.slug, d.title, count(a))
			from Annotation a join a.document d where a.entity.id = :entityId
			group by a.entity.id, d.slug, d.title order by d.title, d.slug""",
			countQuery = "select count(distinct a.document.id) from Annotation a where a.entity.id = :entityId")
	Page<DocumentCount> countByDocument(String entityId, Pageable pageable);

	/** Rows of entity id, mentions and documents, for every entity mentioned. */
	@Query("""
			select a.entity.id, count(a), count(distinct a.document.id) from Annotation a where a.entity is not null
			group by a.entity.id""")
	List<Object[]> countAllByEntity();

	/** One row of mentions and documents, for one entity. */
	@Query("select count(a), count(distinct a.document.id) from Annotation a where a.entity.id = :entityId")
	List<Object[]> countOfEntity(String entityId);

	@EntityGraph(attributePaths = { "passage", "passage.review", "document" })
	Page<Annotation> findByEntityIdOrderByDocumentTitleAscPassagePositionAscStartOffsetAsc(String entityId,
			Pageable pageable);

	/**
	 * The mentions of a year or of a range of years that covers it (not of a decade or
	 * century), in date order (by their ISO form), then document order.
	 */
	@Query(value = """
			select a from Annotation a join fetch a.passage p left join fetch p.review join fetch a.document d
			join a.years y where y = :year and a.layer = org.thawcorpus.annotation.Layer.DATE and a.period = false
			order by a.normalized, d.title, d.slug, p.position, a.startOffset""", countQuery = """
			select count(a) from Annotation a join a.years y
			where y = :year and a.layer = org.thawcorpus.annotation.Layer.DATE and a.period = false""")
	Page<Annotation> findByYear(int year, Pageable pageable);

	/** The mentions of a period (a decade or a century), in document order. */
	@Query(value = """
			select a from Annotation a join fetch a.passage p left join fetch p.review join fetch a.document d
			where a.layer = org.thawcorpus.annotation.Layer.DATE and a.period = true and a.fromYear = :from
			and a.toYear = :to order by d.title, d.slug, p.position, a.startOffset""", countQuery = """
			select count(a) from Annotation a where a.layer = org.thawcorpus.annotation.Layer.DATE
			and a.period = true and a.fromYear = :from and a.toYear = :to""")
	Page<Annotation> findByPeriod(int from, int to, Pageable pageable);

	/**
	 * Rows of year, mentions, mentions of that year alone (not of a longer range),
	 * passages and documents, by year; periods and publications left out.
	 */
	@Query("""
			select y, count(a), sum(case when a.fromYear = a.toYear then 1 else 0 end), count(distinct a.passage.id),
			count(distinct a.document.id)
			from Annotation a join a.years y
			where a.layer = org.thawcorpus.annotation.Layer.DATE and a.period = false group by y order by y""")
	List<Object[]> countByYear();

	/** Rows of first year, last year, mentions, passages and documents, by period. */
	@Query("""
			select a.fromYear, a.toYear, count(a), count(distinct a.passage.id), count(distinct a.document.id)
			from Annotation a where a.layer = org.thawcorpus.annotation.Layer.DATE and a.period = true
			group by a.fromYear, a.toYear order by a.fromYear, a.toYear""")
	List<Object[]> countByPeriod();

	/** Rows of passage id and entity id, for the given passages. */
	@Query("select a.passage.id, a.entity.id from Annotation a where a.passage.id in :passageIds and a.entity is not null")
	List<Object[]> findEntityIdsOfPassages(Collection<Long> passageIds);

	/**
	 * Rows of entity id, name and type of the register's entries named inside a citation,
	 * works first, then in the order they are named.
	 */
	@Query("""
			select e.id, e.name, e.type from Annotation a join a.entity e, Citation c
			where c.id = :citationId and a.passage = c.passage and a.startOffset >= c.startOffset
			and a.endOffset <= c.endOffset
			order by case when e.type = org.thawcorpus.annotation.parse.EntityType.WORK then 0 else 1 end,
			a.startOffset""")
	List<Object[]> findEntitiesInCitation(long citationId);

	/** One page of the citations that name an entity inside them, in document order. */
	@Query(value = """
			select c from Citation c join fetch c.document d join fetch c.passage p
			where exists (select a.id from Annotation a where a.entity.id = :entityId and a.passage = c.passage
			and a.startOffset >= c.startOffset and a.endOffset <= c.endOffset)
			order by d.title, d.slug, c.position""", countQuery = """
			select count(c) from Citation c
			where exists (select a.id from Annotation a where a.entity.id = :entityId and a.passage = c.passage
			and a.startOffset >= c.startOffset and a.endOffset <= c.endOffset)""")
	Page<Citation> findCitationsNaming(String entityId, Pageable pageable);

	@Modifying
	@Query(value = "delete from annotations", nativeQuery = true)
	int deleteEverything();

}

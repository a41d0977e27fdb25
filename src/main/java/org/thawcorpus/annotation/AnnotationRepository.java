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

/** The annotations of the corpus. */
public interface AnnotationRepository extends JpaRepository<Annotation, Long> {

	@Query("""
			select new org.thawcorpus.annotation.StoredMark(a.passage.id, a.startOffset, a.endOffset, a.layer, e.id,
			e.name, a.normalized)
			from Annotation a left join a.entity e
			where a.passage.id in :passageIds and a.layer in :layers""")
	List<StoredMark> findMarksOfPassages(Collection<Long> passageIds, Collection<Layer> layers);

	@Query("""
			select new org.thawcorpus.annotation.StoredMark(a.passage.id, a.startOffset, a.endOffset, a.layer, e.id,
			e.name, a.normalized)
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
			select new org.thawcorpus.annotation.EntityCount(e.id, e.name, e.description, count(a))
			from Annotation a join a.entity e where e.type = :type
			group by e.id, e.name, e.description order by e.name, e.id""",
			countQuery = "select count(distinct a.entity.id) from Annotation a where a.entity.type = :type")
	Page<EntityCount> countByEntityOrderByName(EntityType type, Pageable pageable);

	@Query(value = """
			select new org.thawcorpus.annotation.EntityCount(e.id, e.name, e.description, count(a))
			from Annotation a join a.entity e where e.type = :type
			group by e.id, e.name, e.description order by count(a) desc, e.name, e.id""",
			countQuery = "select count(distinct a.entity.id) from Annotation a where a.entity.type = :type")
	Page<EntityCount> countByEntityOrderByMentions(EntityType type, Pageable pageable);

	/** Mentions per entity and document, for the given entities. */
	@Query("""
			select new org.thawcorpus.annotation.DocumentCount(a.entity.id, d.slug, d.title, count(a))
			from Annotation a join a.document d where a.entity.id in :entityIds
			group by a.entity.id, d.slug, d.title order by d.title, d.slug""")
	List<DocumentCount> countByDocument(Collection<String> entityIds);

	/** Mentions per entity and document, for every entity mentioned. */
	@Query("""
			select new org.thawcorpus.annotation.DocumentCount(a.entity.id, d.slug, d.title, count(a))
			from Annotation a join a.document d where a.entity is not null
			group by a.entity.id, d.slug, d.title order by d.title, d.slug""")
	List<DocumentCount> countAllByDocument();

	@EntityGraph(attributePaths = { "passage", "passage.review", "document" })
	Page<Annotation> findByEntityIdOrderByDocumentTitleAscPassagePositionAscStartOffsetAsc(String entityId,
			Pageable pageable);

	@EntityGraph(attributePaths = { "passage", "document" })
	List<Annotation> findByEntityIdOrderByDocumentTitleAscPassagePositionAscStartOffsetAsc(String entityId);

	@Query(value = """
			select a from Annotation a join fetch a.passage p left join fetch p.review join fetch a.document d
			join a.years y where y = :year order by d.title, p.position, a.startOffset""",
			countQuery = "select count(a) from Annotation a join a.years y where y = :year")
	Page<Annotation> findByYear(int year, Pageable pageable);

	/**
	 * Rows of year, mentions, mentions of that year alone (not of a longer period),
	 * passages and documents, by year.
	 */
	@Query("""
			select y, count(a), sum(case when a.fromYear = a.toYear then 1 else 0 end), count(distinct a.passage.id),
			count(distinct a.document.id)
			from Annotation a join a.years y group by y order by y""")
	List<Object[]> countByYear();

	/**
	 * Rows of year, document slug, passage anchor, mention text and ISO form, in order.
	 */
	@Query("""
			select y, d.slug, p.anchor, a.matchedText, a.normalized
			from Annotation a join a.years y join a.document d join a.passage p
			order by y, d.title, d.slug, p.position, a.startOffset""")
	List<Object[]> findAllYearMentions();

	/** Rows of passage id and entity id, for the given passages. */
	@Query("select a.passage.id, a.entity.id from Annotation a where a.passage.id in :passageIds and a.entity is not null")
	List<Object[]> findEntityIdsOfPassages(Collection<Long> passageIds);

	@Modifying
	@Query(value = "delete from annotations", nativeQuery = true)
	int deleteEverything();

}

package org.thawcorpus.annotation;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.annotation.parse.EntityType;
import org.thawcorpus.annotation.parse.RegisterEntry;
import org.thawcorpus.document.PassageLinks;
import org.thawcorpus.system.NotFoundException;

/**
 * Reads entities with their mentions: the layer indexes, the entity pages and their JSON.
 */
@Service
public class EntityService {

	/** Documents and citations an entity's page lists before its mentions. */
	static final int LISTED = 50;

	private final NamedEntityRepository entities;

	private final AnnotationRepository annotations;

	private final AnnotationRegister register;

	private final PassageLinks links;

	EntityService(NamedEntityRepository entities, AnnotationRepository annotations, AnnotationRegister register,
			PassageLinks links) {
		this.entities = entities;
		this.annotations = annotations;
		this.register = register;
		this.links = links;
	}

	/** Every layer with its numbers, in order. */
	@Transactional(readOnly = true)
	public List<LayerSummary> summary() {
		Map<Layer, Object[]> rows = new EnumMap<>(Layer.class);
		this.annotations.countAllByLayer().forEach((row) -> rows.put((Layer) row[0], row));
		return Arrays.stream(Layer.values()).map((layer) -> {
			Object[] row = rows.get(layer);
			long mentions = (row != null) ? ((Number) row[1]).longValue() : 0;
			long mentioned = (row != null) ? ((Number) row[2]).longValue() : 0;
			long registered = (layer.entityType() != null) ? this.entities.countByType(layer.entityType()) : 0;
			return new LayerSummary(layer, mentioned, registered, mentions);
		}).toList();
	}

	/** One page (0-based) of the entities of a layer that the corpus mentions. */
	@Transactional(readOnly = true)
	public Page<EntityRow> index(EntityType type, EntitySort sort, int page, int size) {
		PageRequest request = PageRequest.of(page, size);
		Page<EntityCount> found = (sort == EntitySort.MENTIONS)
				? this.annotations.countByEntityOrderByMentions(type, request)
				: this.annotations.countByEntityOrderByName(type, request);
		Map<String, List<DocumentCount>> byEntity = found.isEmpty() ? Map.of()
				: this.annotations.countByDocument(found.map(EntityCount::id).getContent())
					.stream()
					.collect(Collectors.groupingBy(DocumentCount::entityId));
		return found.map((e) -> new EntityRow(e, byEntity.getOrDefault(e.id(), List.of())));
	}

	/**
	 * An entity with one page (0-based) of its mentions in context, and the first
	 * {@value #LISTED} documents that mention it and citations that name it.
	 * @throws NotFoundException if the register has no such entity
	 */
	@Transactional(readOnly = true)
	public EntityPage entity(String id, int page, int size) {
		NamedEntity entity = find(id);
		entity.getVariants().size();
		Page<MentionView> mentions = this.annotations
			.findByEntityIdOrderByDocumentTitleAscPassagePositionAscStartOffsetAsc(id, PageRequest.of(page, size))
			.map((a) -> MentionView.of(a, this.links));
		return new EntityPage(entity, this.annotations.countByDocument(id, PageRequest.of(0, LISTED)),
				mentions.getTotalElements(),
				this.annotations.findCitationsNaming(id, PageRequest.of(0, LISTED)).map(CitingView::of), mentions);
	}

	/**
	 * Every entity of the register (of a type, if given) with its numbers of mentions and
	 * documents, in the order of their sort names (people by surname).
	 */
	@Transactional(readOnly = true)
	public List<EntityMentions> all(EntityType type) {
		List<NamedEntity> found = (type != null) ? this.entities.findByTypeOrderBySortKeyAscIdAsc(type)
				: this.entities.findAllByOrderBySortKeyAscIdAsc();
		Map<String, Object[]> counts = new HashMap<>();
		this.annotations.countAllByEntity().forEach((row) -> counts.put((String) row[0], row));
		return found.stream().map((e) -> {
			Object[] row = counts.get(e.getId());
			return new EntityMentions(e, List.copyOf(e.getVariants()),
					(row != null) ? ((Number) row[1]).longValue() : 0,
					(row != null) ? ((Number) row[2]).longValue() : 0);
		}).toList();
	}

	/**
	 * An entity with its numbers and one page of its mentions, in order.
	 * @throws NotFoundException if the register has no such entity
	 */
	@Transactional(readOnly = true)
	public EntityDetail detail(String id, Pageable page) {
		NamedEntity entity = find(id);
		Object[] counts = this.annotations.countOfEntity(id).get(0);
		return new EntityDetail(
				new EntityMentions(entity, List.copyOf(entity.getVariants()), ((Number) counts[0]).longValue(),
						((Number) counts[1]).longValue()),
				this.annotations.findByEntityIdOrderByDocumentTitleAscPassagePositionAscStartOffsetAsc(id, page)
					.map((a) -> new EntityDetail.Mention(a.getDocument().getSlug(), a.getPassage().getAnchor(),
							a.getMatchedText(), a.getStartOffset(), a.getEndOffset())));
	}

	/**
	 * One page of the documents that mention an entity, with their counts, by title.
	 * @throws NotFoundException if the register has no such entity
	 */
	@Transactional(readOnly = true)
	public Page<DocumentCount> documents(String id, Pageable page) {
		find(id);
		return this.annotations.countByDocument(id, page);
	}

	/**
	 * For each passage, the canonical names and every spelling of the entities it
	 * mentions, as stored: indexed with the passage, they let a search under any spelling
	 * ("Kruschev", "Хрущёв") find it. Passages that mention none are missing.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Set<String>> searchTermsByPassage(Collection<Long> passageIds) {
		if (passageIds.isEmpty()) {
			return Map.of();
		}
		Map<String, List<String>> spellings = new HashMap<>();
		Map<Long, Set<String>> terms = new LinkedHashMap<>();
		for (Object[] row : this.annotations.findEntityIdsOfPassages(passageIds)) {
			String entityId = (String) row[1];
			List<String> names = spellings.computeIfAbsent(entityId,
					(k) -> this.register.register().entry(k).map(RegisterEntry::spellings).orElse(List.of()));
			terms.computeIfAbsent((Long) row[0], (k) -> new LinkedHashSet<>()).addAll(names);
		}
		return terms;
	}

	private NamedEntity find(String id) {
		return this.entities.findById(id)
			.orElseThrow(() -> new NotFoundException("There is no entity \"" + LayerChoice.abbreviate(id)
					+ "\" in the register: see the indexes of people, places, organisations, works and events."));
	}

}

package org.thawcorpus.annotation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thawcorpus.annotation.parse.EntityType;
import org.thawcorpus.system.BadRequestException;

/**
 * The register's entities with their mentions, and the timeline, as JSON for programs.
 */
@RestController
class AnnotationApiController {

	private final EntityService entities;

	private final TimelineService timeline;

	AnnotationApiController(EntityService entities, TimelineService timeline) {
		this.entities = entities;
		this.timeline = timeline;
	}

	@GetMapping("/api/entities")
	List<EntityJson> list(@RequestParam(required = false) String type) {
		return this.entities.all(type(type)).stream().map(EntityJson::of).toList();
	}

	@GetMapping("/api/entities/{id}")
	EntityDetailJson show(@PathVariable String id) {
		EntityDetail detail = this.entities.detail(id);
		return new EntityDetailJson(EntityJson.of(detail.entity()), detail.mentions());
	}

	@GetMapping("/api/timeline")
	List<YearMentions> timeline() {
		return this.timeline.all();
	}

	@GetMapping("/api/timeline/periods")
	List<PeriodMentions> periods() {
		return this.timeline.periods();
	}

	/** The entity type a parameter names, or null if it is absent or blank. */
	static EntityType type(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Layer layer = null;
		try {
			layer = LayerChoice.layer(value);
		}
		catch (BadRequestException ex) {
			// answered below with the entity types only
		}
		if (layer == null || layer.entityType() == null) {
			throw new BadRequestException("The type \"" + LayerChoice.abbreviate(value.strip())
					+ "\" is not an entity type; the types are person, place, organisation, work and event.");
		}
		return layer.entityType();
	}

	record EntityJson(String id, String name, EntityType type, String description, String wikidata,
			List<String> variants, long mentionCount, List<String> documents) {

		static EntityJson of(EntityMentions e) {
			return new EntityJson(e.entity().getId(), e.entity().getName(), e.entity().getType(),
					e.entity().getDescription(), e.entity().getWikidata(), e.variants(), e.mentionCount(),
					e.documents().stream().map(DocumentCount::slug).toList());
		}

	}

	record EntityDetailJson(@JsonUnwrapped EntityJson entity, List<EntityDetail.Mention> mentions) {

	}

}

package org.thawcorpus.annotation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thawcorpus.annotation.parse.EntityType;
import org.thawcorpus.annotation.parse.Periods;
import org.thawcorpus.system.ApiPaging;
import org.thawcorpus.system.BadRequestException;
import org.thawcorpus.system.Pages;
import org.thawcorpus.system.PublicUrls;
import org.thawcorpus.system.Urls;

/**
 * The register's entities with their mentions, and the timeline, as JSON for programs:
 * lists a page at a time ({@link ApiPaging}), the mentions of an entity, a year or a
 * period behind their own addresses.
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
	ResponseEntity<List<EntityJson>> list(@RequestParam(required = false) String type,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPaging.DEFAULT_SIZE) int size) {
		Pageable request = ApiPaging.request(page, size);
		EntityType chosen = type(type);
		return ApiPaging.response(Pages.within(
				slice(this.entities.all(chosen).stream().map(EntityJson::of).toList(), request), "entity", "entities"));
	}

	/** An entity with one page of its mentions; the page's links in the headers. */
	@GetMapping("/api/entities/{id}")
	ResponseEntity<EntityDetailJson> show(@PathVariable String id, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPaging.DEFAULT_SIZE) int size) {
		EntityDetail detail = this.entities.detail(id, ApiPaging.request(page, size));
		Page<EntityDetail.Mention> mentions = Pages.within(detail.mentions(), "mention", "mentions");
		return ResponseEntity.ok()
			.headers(ApiPaging.headers(mentions))
			.body(new EntityDetailJson(EntityJson.of(detail.entity()), mentions.getContent()));
	}

	@GetMapping("/api/entities/{id}/documents")
	ResponseEntity<List<DocumentJson>> documents(@PathVariable String id, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPaging.DEFAULT_SIZE) int size) {
		return ApiPaging.response(Pages.within(
				this.entities.documents(id, ApiPaging.request(page, size)).map(DocumentJson::of), "source", "sources"));
	}

	/** The years mentioned, each with its counts and the address of its mentions. */
	@GetMapping("/api/timeline")
	ResponseEntity<List<YearJson>> timeline(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPaging.DEFAULT_SIZE) int size) {
		Pageable request = ApiPaging.request(page, size);
		return ApiPaging.response(Pages
			.within(slice(this.timeline.years().stream().map(YearJson::of).toList(), request), "year", "years"));
	}

	@GetMapping("/api/timeline/{year}")
	ResponseEntity<List<TimelineMention>> year(@PathVariable int year, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPaging.DEFAULT_SIZE) int size) {
		return ApiPaging.response(
				Pages.within(this.timeline.yearMentions(year, ApiPaging.request(page, size)), "mention", "mentions"));
	}

	/** The periods mentioned, each with its counts and the address of its mentions. */
	@GetMapping("/api/timeline/periods")
	ResponseEntity<List<PeriodJson>> periods(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPaging.DEFAULT_SIZE) int size) {
		Pageable request = ApiPaging.request(page, size);
		return ApiPaging.response(Pages.within(
				slice(this.timeline.periods().stream().map(PeriodJson::of).toList(), request), "period", "periods"));
	}

	@GetMapping("/api/timeline/periods/{from}-{to}")
	ResponseEntity<List<TimelineMention>> period(@PathVariable int from, @PathVariable int to,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPaging.DEFAULT_SIZE) int size) {
		Pageable request = ApiPaging.request(page, size);
		if (to < from) {
			throw new BadRequestException(
					"A period runs from its first year to its last: " + from + "-" + to + " ends before it begins.");
		}
		return ApiPaging.response(Pages.within(this.timeline.periodMentions(from, to, request), "mention", "mentions"));
	}

	/** One page of a list held whole (the register, the years: bounded by neither). */
	private static <T> Page<T> slice(List<T> all, Pageable page) {
		int from = (int) Math.min(page.getOffset(), all.size());
		return new PageImpl<>(all.subList(from, Math.min(from + page.getPageSize(), all.size())), page, all.size());
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
			List<String> variants, long mentionCount, long documentCount, String documents) {

		static EntityJson of(EntityMentions e) {
			String id = e.entity().getId();
			return new EntityJson(id, e.entity().getName(), e.entity().getType(), e.entity().getDescription(),
					e.entity().getWikidata(), e.variants(), e.mentionCount(), e.documentCount(),
					PublicUrls.absolute("/api/entities/" + Urls.segment(id) + "/documents"));
		}

	}

	record EntityDetailJson(@JsonUnwrapped EntityJson entity, List<EntityDetail.Mention> mentions) {

	}

	record DocumentJson(String slug, String title, long mentions) {

		static DocumentJson of(DocumentCount d) {
			return new DocumentJson(d.slug(), d.title(), d.mentions());
		}

	}

	record YearJson(int year, long mentions, long named, long passages, long documents, String href) {

		static YearJson of(YearCount y) {
			return new YearJson(y.year(), y.mentions(), y.named(), y.passages(), y.documents(),
					PublicUrls.absolute("/api/timeline/" + y.year()));
		}

	}

	record PeriodJson(String period, String label, int from, int to, long mentions, long passages, long documents,
			String href) {

		static PeriodJson of(PeriodCount p) {
			return new PeriodJson(Periods.key(p.from(), p.to()), p.label(), p.from(), p.to(), p.mentions(),
					p.passages(), p.documents(), PublicUrls.absolute("/api" + p.path()));
		}

	}

}

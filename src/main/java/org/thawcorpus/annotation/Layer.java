package org.thawcorpus.annotation;

import org.thawcorpus.annotation.parse.EntityType;

/** An annotation layer: one kind of thing recognised in the passages. */
public enum Layer {

	PERSON("person", "Person", "People", "/people"), PLACE("place", "Place", "Places", "/places"),
	ORGANISATION("organisation", "Organisation", "Organisations", "/organisations"),
	WORK("work", "Work", "Works", "/works"), EVENT("event", "Event", "Events", "/events"),
	DATE("date", "Date", "Dates", "/timeline"),
	/**
	 * Dates inside citations and titles of works: they date a publication, not history,
	 * and stay off the timeline.
	 */
	PUBLICATION("publication", "Publication", "Publication dates", "/citations");

	private final String param;

	private final String label;

	private final String title;

	private final String path;

	Layer(String param, String label, String title, String path) {
		this.param = param;
		this.label = label;
		this.title = title;
		this.path = path;
	}

	/** The layer's name in addresses and parameters: "person". */
	public String param() {
		return this.param;
	}

	/** The layer's name for one thing: "Person". */
	public String label() {
		return this.label;
	}

	/** The layer's name for its index page: "People". */
	public String title() {
		return this.title;
	}

	/**
	 * The address of the layer's index page (the timeline for dates, the citations for
	 * publications).
	 */
	public String path() {
		return this.path;
	}

	/** The name of the layer's index page: "People", "Timeline", "Citations". */
	public String indexName() {
		return switch (this) {
			case DATE -> "Timeline";
			case PUBLICATION -> "Citations";
			default -> this.title;
		};
	}

	/** Whether the layer's annotations name entities of the register (not dates). */
	public boolean isEntity() {
		return entityType() != null;
	}

	/** The layer of an entity type. */
	public static Layer of(EntityType type) {
		return valueOf(type.name());
	}

	/** The entity type of this layer, or null for dates. */
	public EntityType entityType() {
		return (this == DATE || this == PUBLICATION) ? null : EntityType.valueOf(name());
	}

}

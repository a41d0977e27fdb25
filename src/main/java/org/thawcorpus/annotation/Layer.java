package org.thawcorpus.annotation;

import org.thawcorpus.annotation.parse.EntityType;

/** An annotation layer: one kind of thing recognised in the passages. */
public enum Layer {

	PERSON("person", "Person", "People", "/people"), PLACE("place", "Place", "Places", "/places"),
	ORGANISATION("organisation", "Organisation", "Organisations", "/organisations"),
	WORK("work", "Work", "Works", "/works"), EVENT("event", "Event", "Events", "/events"),
	DATE("date", "Date", "Dates", "/timeline");

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

	/** The address of the layer's index page (the timeline for dates). */
	public String path() {
		return this.path;
	}

	/** The layer of an entity type. */
	public static Layer of(EntityType type) {
		return valueOf(type.name());
	}

	/** The entity type of this layer, or null for dates. */
	public EntityType entityType() {
		return (this == DATE) ? null : EntityType.valueOf(name());
	}

}

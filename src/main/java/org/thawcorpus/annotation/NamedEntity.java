package org.thawcorpus.annotation;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.thawcorpus.annotation.parse.EntityType;
import org.thawcorpus.annotation.parse.RegisterEntry;

/**
 * A person, place, organisation, work or event of the register, as stored for queries.
 */
@Entity
@Table(name = "entities")
public class NamedEntity {

	@Id
	private String id;

	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "entity_type")
	private EntityType type;

	private String description;

	private String wikidata;

	private String source;

	private String sortName;

	private String sortKey;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "entity_variants", joinColumns = @JoinColumn(name = "entity_id"))
	@OrderColumn(name = "position")
	@Column(name = "variant")
	private List<String> variants = new ArrayList<>();

	protected NamedEntity() {
	}

	public NamedEntity(RegisterEntry entry) {
		this.id = entry.id();
		update(entry);
	}

	/** Takes the register entry's current name, type, spellings and notes. */
	public final void update(RegisterEntry entry) {
		this.name = entry.name();
		this.type = entry.type();
		this.description = entry.description();
		this.wikidata = entry.wikidata();
		this.source = entry.source();
		this.sortName = entry.sortName();
		this.sortKey = entry.sortKey();
		List<String> spellings = entry.spellings();
		if (!this.variants.equals(spellings)) {
			this.variants.clear();
			this.variants.addAll(spellings);
		}
	}

	public String getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public EntityType getType() {
		return this.type;
	}

	public Layer getLayer() {
		return Layer.of(this.type);
	}

	/** A short description, or null. */
	public String getDescription() {
		return this.description;
	}

	/** The Wikidata item, or null. */
	public String getWikidata() {
		return this.wikidata;
	}

	/** Where the register entry comes from. */
	public String getSource() {
		return this.source;
	}

	/** The name as the indexes sort it: "Khrushchev, Nikita". */
	public String getSortName() {
		return this.sortName;
	}

	/** Every spelling it is recognised under, canonical name first. */
	public List<String> getVariants() {
		return this.variants;
	}

}

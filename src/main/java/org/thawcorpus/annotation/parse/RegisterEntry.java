package org.thawcorpus.annotation.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A person, place, organisation, work or event of the register, with the spellings it is
 * recognised under.
 *
 * @param id a stable key, used in addresses ({@code /entities/nikita-khrushchev})
 * @param name the canonical name
 * @param type what the entry names
 * @param variants the spellings it is recognised under, the canonical name first unless
 * the register lists it with a marker
 * @param description a short description, or null
 * @param wikidata a Wikidata item ("Q855") known to be the same thing, or null
 * @param context what a sentence must also name for a guarded variant to count: entity
 * types ("PLACE") and entry ids ("ilya-ehrenburg")
 * @param source where the entry comes from ("seed 000 line 3")
 * @param sortName the name as an index sorts it: a person's surname first ("Khrushchev,
 * Nikita"), a title's article last ("Thaw, The")
 */
public record RegisterEntry(String id, String name, EntityType type, List<Variant> variants, String description,
		String wikidata, List<String> context, String source, String sortName) {

	public RegisterEntry {
		variants = List.copyOf(variants);
		context = List.copyOf(context);
	}

	/**
	 * The key an index sorts by: the sort name folded (no case, diacritics or
	 * apostrophes), so that "Gomułka" sorts as "gomulka" and "Mil'chakov" as "milchakov".
	 */
	public String sortKey() {
		return SortNames.key(this.sortName);
	}

	/** Every spelling, canonical name first, without markers and without repeats. */
	public List<String> spellings() {
		Set<String> spellings = new LinkedHashSet<>();
		spellings.add(this.name);
		for (Variant variant : this.variants) {
			spellings.add(variant.text());
		}
		return new ArrayList<>(spellings);
	}

}

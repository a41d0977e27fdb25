package org.thawcorpus.search;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.hibernate.Session;

import org.springframework.stereotype.Component;
import org.thawcorpus.annotation.NamedEntity;
import org.thawcorpus.document.Passage;

/**
 * The names a passage mentions, from its annotations: each annotated entity's canonical
 * name and every variant spelling in the register, so that a search for Kruschev finds a
 * passage that writes Khrushchev.
 */
@Component
class AnnotatedNames implements MentionedNames {

	@Override
	public Collection<String> of(Passage passage, Session session) {
		if (passage.getId() == null) {
			return Set.of();
		}
		Set<String> names = new LinkedHashSet<>();
		session
			.createQuery("select distinct e from Annotation a join a.entity e left join fetch e.variants "
					+ "where a.passage.id = :passage", NamedEntity.class)
			.setParameter("passage", passage.getId())
			.getResultList()
			.forEach((entity) -> {
				names.add(entity.getName());
				names.addAll(entity.getVariants());
			});
		return names;
	}

}

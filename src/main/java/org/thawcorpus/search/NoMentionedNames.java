package org.thawcorpus.search;

import java.util.Collection;
import java.util.List;

import org.hibernate.Session;

import org.springframework.stereotype.Component;
import org.thawcorpus.document.Passage;

/**
 * Names for the index until annotations are wired in: none. Replace this bean with one
 * that reads a passage's annotated entities and their variants.
 */
@Component
class NoMentionedNames implements MentionedNames {

	@Override
	public Collection<String> of(Passage passage, Session session) {
		return List.of();
	}

}

package org.thawcorpus.search;

import java.util.Collection;

import org.hibernate.Session;
import org.thawcorpus.document.Passage;

/**
 * The names of the people, places and other entities a passage mentions, each with its
 * canonical form and variant spellings (Khrushchev, Kruschev, Hruščev), indexed in the
 * passage's names field so that a search for any spelling finds the passage. Called while
 * the passage is indexed, in the transaction that wrote it.
 */
public interface MentionedNames {

	/**
	 * The names and variants of what the passage mentions, or none.
	 * @param passage the passage being indexed
	 * @param session the session indexing it, for reading its annotations
	 */
	Collection<String> of(Passage passage, Session session);

}

package org.thawcorpus.search;

import java.util.List;

/**
 * What the register added to a word of the query: the other spellings its entries are
 * found under in the results ("Kruschev: also found as Khrushchev, Hruščev"), and the
 * same search with the word as written only.
 *
 * @param typed the word or words as typed
 * @param entries the names of the register's entries they spell
 * @param forms the other spellings found in the results, most passages first
 * @param asWrittenLink the search with words as written
 */
public record AlsoFound(String typed, List<String> entries, List<Form> forms, String asWrittenLink) {

	public AlsoFound {
		entries = List.copyOf(entries);
		forms = List.copyOf(forms);
	}

	/**
	 * A spelling found in the results.
	 *
	 * @param text the spelling as written
	 * @param passages the passages and citations it is found in
	 */
	public record Form(String text, long passages) {

	}

}

package org.thawcorpus.source;

/** One place where pages of a kind state their title, looked for in a text copy. */
@FunctionalInterface
public interface TitleRule {

	/**
	 * The title the copy states in this place, or null if it states none there.
	 * @param lines the copy, furniture included
	 * @param words the furniture words, to pass over known furniture
	 */
	TitleCandidate find(SourceLines lines, FurnitureWords words);

}

package org.thawcorpus.importer.parse;

/**
 * Parses the text of one kind of page into plain records. Implementations are pure
 * functions.
 */
public interface SourceParser {

	/**
	 * Parses a source text recognised as this parser's kind.
	 * @param lines the source's lines
	 * @return the parsed document; every line of {@code lines} has exactly one use in it
	 */
	ParsedDocument parse(SourceLines lines);

}

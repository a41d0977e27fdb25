package org.thawcorpus.source;

/**
 * One kind of page the importer reads: how strongly a source shows the kind's markers,
 * and the kind's reader. Each kind lives in a package of its own under {@code source/}
 * and is registered by one line in
 * {@code META-INF/services/org.thawcorpus.source.SourceKind}. Implementations are pure
 * functions with a public no-argument constructor.
 */
public interface SourceKind {

	/** What documents of this kind are called and how they are described. */
	DocumentKind kind();

	/**
	 * The markers of this kind found in a text copy of a page, with the points they make.
	 * @param lines the source's lines
	 * @return the score; {@link Score#none(DocumentKind)} when the text shows no marker
	 */
	Score score(SourceLines lines);

	/**
	 * Reads a text copy recognised as this kind.
	 * @param lines the source's lines
	 * @return the parsed document; every line of {@code lines} has exactly one use in it
	 */
	ParsedDocument read(SourceLines lines);

	/**
	 * Whether this kind takes the sources that no other kind claims. Exactly one
	 * registered kind does.
	 */
	default boolean isFallback() {
		return false;
	}

}

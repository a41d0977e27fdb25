package org.thawcorpus.citation;

import java.util.List;

/**
 * The entries of the register a citation names (its work first, then its authors,
 * publishers and places), for the citation's page. The annotation layer, above this
 * package, provides them; without it a citation links to none.
 */
public interface RegisterLinks {

	/** The entries a citation names, the work first; empty if none. */
	List<Entry> of(long citationId);

	/**
	 * An entry of the register.
	 *
	 * @param href the address of its page
	 * @param name its name
	 * @param type what it is, in words ("Work", "Person")
	 */
	record Entry(String href, String name, String type) {

	}

}

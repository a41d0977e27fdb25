package org.thawcorpus.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * At start-up, before the sources are imported, rebuilds a search index that is missing
 * or does not match the database (deleted, left from another database, or behind after a
 * crash), so that the import only has to add what changed. importer/ImportRunner calls it
 * after the register's sync: a rebuild that starts leaves the index in step, so none is
 * done twice.
 */
@Component
public class SearchIndexCheck {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);

	private final CorpusIndex index;

	private final IndexState state;

	SearchIndexCheck(CorpusIndex index, IndexState state) {
		this.index = index;
		this.state = state;
	}

	/** Compares the index with the database and rebuilds it if they differ. */
	public void check() throws InterruptedException {
		// Reading works without search: whatever fails here, serve, and say loudly what.
		boolean inStep;
		try {
			inStep = this.index.isInStep();
		}
		catch (RuntimeException ex) {
			log.error("Could not compare the search index with the database: rebuilding it", ex);
			inStep = false;
		}
		if (inStep) {
			log.info("Search index matches the database");
			this.state.complete();
			return;
		}
		log.info("Search index is missing or does not match the database: rebuilding it");
		try {
			this.index.rebuild();
		}
		catch (RuntimeException ex) {
			log.error("Could not rebuild the search index; searches will miss what it lacks", ex);
		}
	}

}

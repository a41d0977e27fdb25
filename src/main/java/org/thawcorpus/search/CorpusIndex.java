package org.thawcorpus.search;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.hibernate.search.mapper.pojo.massindexing.DefaultMassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.annotation.RegisterChanged;
import org.thawcorpus.citation.Citation;
import org.thawcorpus.document.Passage;

/**
 * Keeps the search index in step with the database where Hibernate Search cannot see the
 * change: removes the entries of a document deleted with SQL, and rebuilds an index that
 * does not hold what the database holds.
 */
@Component
public class CorpusIndex {

	private static final Logger log = LoggerFactory.getLogger(CorpusIndex.class);

	private static final int PRUNE_OVER = 64;

	/**
	 * The fewest deferred writes (files, for an import) after which the index is merged
	 * into one segment; after fewer, the index's own merge policy is left to it, as a
	 * merge rewrites the whole index.
	 */
	static final int MERGE_AFTER = 100;

	private final EntityManager entityManager;

	private final IndexState state;

	private final Queue<CompletableFuture<?>> pending = new ConcurrentLinkedQueue<>();

	private final AtomicInteger deferredWrites = new AtomicInteger();

	private final IndexingPlanSynchronizationStrategy deferred = (context) -> {
		context.documentCommitStrategy(DocumentCommitStrategy.NONE);
		context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
		context.indexingFutureHandler(this::track);
	};

	CorpusIndex(EntityManager entityManager, IndexState state) {
		this.entityManager = entityManager;
		this.state = state;
	}

	/**
	 * Removes a document's passages and citations from the index when the current
	 * transaction commits (nothing is removed if it rolls back). Call before deleting the
	 * document with SQL, which Hibernate Search does not see.
	 */
	public void forgetDocument(long documentId) {
		SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
		// Loaded in two queries, so that Hibernate Search finds them in the session
		// rather
		// than loading them one by one to see what else would need reindexing.
		entities(Passage.class, documentId).forEach(plan::delete);
		entities(Citation.class, documentId).forEach(plan::delete);
		// Processed now, so that clearing the session (as a delete with SQL must) keeps
		// them.
		plan.process();
	}

	private <T> List<T> entities(Class<T> type, long documentId) {
		return this.entityManager
			.createQuery("select e from " + type.getSimpleName() + " e where e.document.id = :id", type)
			.setParameter("id", documentId)
			.getResultList();
	}

	/**
	 * Lets the current transaction commit without waiting for its index writes: they are
	 * neither committed to disk nor made searchable on their own, and
	 * {@link #awaitDeferredWrites()} waits for them. An import defers the writes of each
	 * file and waits once at its end, so that the index takes them in bulk.
	 */
	public void deferWrites() {
		Search.session(this.entityManager).indexingPlanSynchronizationStrategy(this.deferred);
	}

	/**
	 * Waits until every deferred index write is done and searchable, and after at least
	 * {@value #MERGE_AFTER} of them merges the index into one segment: a large import
	 * writes many, and the facets of every search would otherwise map their values across
	 * them again each time. A write that failed is logged (the index check at the next
	 * start rebuilds an index out of step).
	 */
	public void awaitDeferredWrites() {
		int written = this.deferredWrites.getAndSet(0);
		boolean any = false;
		for (CompletableFuture<?> write = this.pending.poll(); write != null; write = this.pending.poll()) {
			any = true;
			try {
				write.join();
			}
			catch (RuntimeException ex) {
				log.error("A deferred write to the search index failed", ex);
			}
		}
		if (any) {
			SearchWorkspace workspace = Search.mapping(this.entityManager.getEntityManagerFactory())
				.scope(List.of(Passage.class, Citation.class))
				.workspace();
			if (written >= MERGE_AFTER) {
				long started = System.nanoTime();
				workspace.mergeSegments();
				log.info("Search index merged in {} ms", (System.nanoTime() - started) / 1_000_000);
			}
			workspace.refresh();
		}
	}

	private void track(CompletableFuture<? extends SearchIndexingPlanExecutionReport> write) {
		this.deferredWrites.incrementAndGet();
		this.pending.add(write.thenAccept((report) -> report.throwable().ifPresent((ex) -> {
			log.error("Writing {} to the search index failed", report.failingEntities(), ex);
		})));
		if (this.pending.size() > PRUNE_OVER) {
			this.pending.removeIf(CompletableFuture::isDone);
		}
	}

	/**
	 * Whether the index holds as many passages and as many citations as the database, of
	 * the same documents (the sum of their documents' ids is the same), and every entry
	 * in the current version of its fields ({@link HitFields#VERSION}): an index written
	 * by an earlier version of the application is not in step. Each figure is one number,
	 * so the check costs the same whatever the size of the corpus (a cluster refuses an
	 * aggregation of more than 65,535 buckets).
	 */
	@Transactional(readOnly = true)
	public boolean isInStep() {
		long older = Search.session(this.entityManager)
			.search(List.of(Passage.class, Citation.class))
			.where((f) -> f.bool()
				.must(f.matchAll())
				.mustNot(f.match().field(HitFields.SCHEMA).matching(HitFields.VERSION)))
			.fetchTotalHitCount();
		if (older > 0) {
			log.info("{} entries of the search index were written by an earlier version of its fields", older);
			return false;
		}
		return inStep(Passage.class) && inStep(Citation.class);
	}

	private boolean inStep(Class<?> type) {
		Object[] stored = this.entityManager
			.createQuery("select count(e), coalesce(sum(e.document.id), 0) from " + type.getSimpleName() + " e",
					Object[].class)
			.getSingleResult();
		AggregationKey<Long> documents = AggregationKey.of("documents");
		SearchResult<?> indexed = Search.session(this.entityManager)
			.search(type)
			.where((f) -> f.matchAll())
			.aggregation(documents, (f) -> f.sum().field(HitFields.DOCUMENT_ID, Long.class))
			.fetch(0);
		long count = indexed.total().hitCount();
		Long sum = indexed.aggregation(documents);
		boolean inStep = ((Number) stored[0]).longValue() == count
				&& ((Number) stored[1]).longValue() == ((sum != null) ? sum : 0L);
		if (!inStep) {
			log.info("The search index holds {} {} entries, the database {}", count, type.getSimpleName(), stored[0]);
		}
		return inStep;
	}

	/** Rebuilds the index when the register's names changed. */
	@EventListener
	void registerChanged(RegisterChanged event) throws InterruptedException {
		log.info("The register changed: rebuilding the search index with its names");
		rebuild();
	}

	/**
	 * Rebuilds the index from the database, purging what it held. While it runs, and if
	 * it fails, {@link IndexState} says that the index is incomplete and how far it has
	 * got.
	 */
	public void rebuild() throws InterruptedException {
		long started = System.nanoTime();
		this.state.rebuilding(entries("Passage") + entries("Citation"));
		try {
			Search.mapping(this.entityManager.getEntityManagerFactory())
				.scope(List.of(Passage.class, Citation.class))
				.massIndexer()
				.threadsToLoadObjects(2)
				.mergeSegmentsOnFinish(true)
				.monitor(new CountingMonitor(DefaultMassIndexingMonitor.builder().build(), this.state))
				.startAndWait();
		}
		catch (InterruptedException | RuntimeException ex) {
			this.state.failed();
			throw ex;
		}
		this.state.complete();
		log.info("Search index rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private long entries(String entity) {
		return this.entityManager.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
	}

	/** Hibernate Search's own progress log, with each batch also counted in the state. */
	private record CountingMonitor(MassIndexingMonitor delegate, IndexState state) implements MassIndexingMonitor {

		@Override
		public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
			return this.delegate.typeGroupMonitor(context);
		}

		@Override
		public void documentsAdded(long increment) {
			this.state.added(increment);
			this.delegate.documentsAdded(increment);
		}

		@Override
		public void documentsBuilt(long increment) {
			this.delegate.documentsBuilt(increment);
		}

		@Override
		public void entitiesLoaded(long increment) {
			this.delegate.entitiesLoaded(increment);
		}

		@Override
		public void addToTotalCount(long increment) {
			this.delegate.addToTotalCount(increment);
		}

		@Override
		public void indexingCompleted() {
			this.delegate.indexingCompleted();
		}

	}

}

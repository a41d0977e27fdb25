package org.thawcorpus.importer;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.thawcorpus.annotation.RegisterSync;
import org.thawcorpus.importer.StartupStatus.Step;
import org.thawcorpus.search.SearchIndexCheck;

/**
 * The start-up work that need not block serving, in one sequence: the register's sync
 * (annotation/), the search index's check (search/), then the import of the configured
 * sources. A server runs it on a background thread once it is up, and is ready
 * ({@link ReadinessState#ACCEPTING_TRAFFIC}, {@link StartupAvailability}) when it has
 * ended; {@code --thaw.import-only} runs it in its own thread ({@link ImportRunner}). An
 * instance with {@code thaw.import.enabled=false} only serves: it runs none of it.
 */
@Component
public class StartupWork implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(StartupWork.class);

	private final RegisterSync registerSync;

	private final SearchIndexCheck indexCheck;

	private final SourceImporter importer;

	private final MaintenanceLock maintenance;

	private final ThawProperties properties;

	private final StartupState state;

	private final ApplicationEventPublisher events;

	private final boolean enabled;

	private final boolean await;

	StartupWork(RegisterSync registerSync, SearchIndexCheck indexCheck, SourceImporter importer,
			MaintenanceLock maintenance, ThawProperties properties, StartupState state,
			ApplicationEventPublisher events, @Value("${thaw.import.enabled:true}") boolean enabled,
			@Value("${thaw.startup.await:false}") boolean await) {
		this.registerSync = registerSync;
		this.indexCheck = indexCheck;
		this.importer = importer;
		this.maintenance = maintenance;
		this.properties = properties;
		this.state = state;
		this.events = events;
		this.enabled = enabled;
		this.await = await;
	}

	/**
	 * Starts the work on its own thread once the server is up; with
	 * {@code thaw.startup.await=true}, waits for it to end.
	 */
	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (ImportRunner.isImportOnly(event.getArgs())) {
			return;
		}
		if (!this.enabled) {
			this.indexCheck.trust();
			log.info("Serving only (thaw.import.enabled=false): no import, register sync or index check");
			return;
		}
		Thread thread = new Thread(this::inBackground, "thaw-startup");
		// A shutdown does not wait for it: each file is its own transaction, and the next
		// start imports what this one did not.
		thread.setDaemon(true);
		thread.start();
		if (this.await) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void inBackground() {
		try {
			run(this.properties.importOnStartup() ? this.properties.sources() : List.of(), ImportListener.NONE);
		}
		catch (InterruptedException ex) {
			log.warn("The start-up work was interrupted; the corpus serves what it holds");
		}
		catch (RuntimeException | Error ex) {
			log.error("The start-up work stopped because of a fault; the corpus serves what it holds", ex);
		}
		finally {
			this.state.step(Step.DONE);
			AvailabilityChangeEvent.publish(this.events, this, ReadinessState.ACCEPTING_TRAFFIC);
		}
	}

	/**
	 * Runs the whole sequence in the calling thread: the register's sync, the index's
	 * check and the import of the given sources (none: no import), telling the listener
	 * how far the import has got. Returns the import's run, or null if there was none. On
	 * a shared database it runs once no other instance runs it ({@link MaintenanceLock}).
	 */
	ImportRun run(List<String> sources, ImportListener listener) throws InterruptedException {
		return this.maintenance.run("start-up maintenance", () -> {
			this.state.step(Step.REGISTER);
			this.registerSync.sync();
			this.state.step(Step.INDEX);
			this.indexCheck.check();
			if (sources.isEmpty()) {
				return null;
			}
			this.state.step(Step.IMPORT);
			return this.importer.importSources(sources, this.state.andThen(listener));
		});
	}

}

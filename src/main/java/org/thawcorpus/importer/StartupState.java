package org.thawcorpus.importer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thawcorpus.importer.StartupStatus.Step;
import org.thawcorpus.search.IndexState;

/**
 * Which step of the start-up work ({@link StartupWork}) is under way and how far its
 * import has got; whole once the work has ended. An instance that does not import
 * ({@code thaw.import.enabled=false}) has no start-up work: its corpus is whole from the
 * start.
 */
@Component
public class StartupState implements ImportListener {

	private final IndexState index;

	private volatile Step step;

	private volatile ImportProgress progress;

	StartupState(IndexState index, @Value("${thaw.import.enabled:true}") boolean importing) {
		this.index = index;
		this.step = importing ? Step.WAITING : Step.DONE;
	}

	/** What the work is doing now. */
	public StartupStatus status() {
		return StartupStatus.of(this.step, this.progress, this.index.status());
	}

	/** Whether the start-up work has ended, so that the corpus holds what it will. */
	public boolean whole() {
		return this.step == Step.DONE;
	}

	void step(Step step) {
		this.step = step;
	}

	@Override
	public void progress(ImportProgress progress) {
		this.progress = progress;
	}

}

package org.thawcorpus.importer;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.thawcorpus.importer.StartupStatus.Step;
import org.thawcorpus.search.IndexStatus;
import org.thawcorpus.search.IndexStatus.Phase;

import static org.assertj.core.api.Assertions.assertThat;

class StartupStatusTest {

	private static final IndexStatus COMPLETE = new IndexStatus(Phase.COMPLETE, 0, 0);

	@Test
	void anImportSaysHowManyFilesOfHowManyAreDone() {
		StartupStatus status = StartupStatus.of(Step.IMPORT,
				new ImportProgress(1200, 3000, "seeds/blog/post.txt", Duration.ofSeconds(60)), COMPLETE);
		assertThat(status.working()).isTrue();
		assertThat(status.notice()).startsWith("An import is under way (1,200 of 3,000 files)");
		assertThat(status.files())
			.isEqualTo(new StartupStatus.Files(3000, 1200, 40, "seeds/blog/post.txt", 20.0, 90L, "1 min 30 s"));
	}

	@Test
	void aRebuildOfTheIndexSaysHowFarItHasGotWhateverTheStep() {
		StartupStatus status = StartupStatus.of(Step.REGISTER, null, new IndexStatus(Phase.REBUILDING, 1200, 5000));
		assertThat(status.notice()).contains("1,200 of 5,000 passages and citations");
		assertThat(status.index().rebuilding()).isTrue();
	}

	@Test
	void theIndexBeingComparedWithTheCorpusIsSaidEvenAfterARebuildCompletedIt() {
		assertThat(StartupStatus.of(Step.INDEX, null, COMPLETE).notice())
			.startsWith("The search index is being compared with the corpus");
	}

	@Test
	void onceDoneNothingIsSaid() {
		StartupStatus status = StartupStatus.of(Step.DONE, new ImportProgress(3, 3, null, Duration.ofSeconds(1)),
				COMPLETE);
		assertThat(status.working()).isFalse();
		assertThat(status.notice()).isNull();
		assertThat(status.step()).isEqualTo("done");
	}

}

package org.thawcorpus.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The start-up import runs after the server is up, in the background: while it runs the
 * pages say so, the corpus page shows its progress, and readiness is out of service; once
 * it has ended, the instance is ready. The import is held on its second file by a parser
 * that waits for the test's word, so that the test sees it under way.
 */
@SpringBootTest(properties = "thaw.startup.await=false")
@AutoConfigureMockMvc
class StartupInBackgroundTest {

	private static final Path SOURCES = sources();

	/** Reached when the import begins its second file; released by the test. */
	static final CountDownLatch SECOND_FILE = new CountDownLatch(1);

	static final CountDownLatch RELEASE = new CountDownLatch(1);

	/** Counted down when the start-up work announces that the instance is ready. */
	static final CountDownLatch READY = new CountDownLatch(1);

	@DynamicPropertySource
	static void sources(DynamicPropertyRegistry registry) {
		registry.add("thaw.sources", SOURCES::toString);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	StartupState startup;

	@Test
	void showsTheImportUnderWayAndIsReadyOnlyOnceItHasEnded() throws Exception {
		assertThat(SECOND_FILE.await(2, TimeUnit.MINUTES)).as("the import reached its second file").isTrue();
		try {
			// The second file is read ahead while the first is written: wait for the
			// write.
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			while (!done(1) && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			this.mvc.perform(get("/actuator/health/readiness"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"))
				.andExpect(jsonPath("$.components.readinessState.status").value("OUT_OF_SERVICE"));
			this.mvc.perform(get("/actuator/health/liveness"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("UP"));
			this.mvc.perform(get("/"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Import under way")))
				.andExpect(content().string(containsString(
						"<progress aria-labelledby=\"startup-heading\" max=\"2\" value=\"1\">50%</progress>")))
				.andExpect(content().string(containsString("1 of 2 files (50%)")))
				.andExpect(content().string(containsString("<code class=\"startup-file\">corpus/b-second.txt</code>")))
				.andExpect(content().string(not(containsString("The corpus is empty"))))
				.andExpect(content().string(not(containsString(SOURCES.toString()))));
			this.mvc.perform(get("/citations"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("An import is under way (1 of 2 files)")));
			this.mvc.perform(get("/api/import-status"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.step").value("import"))
				.andExpect(jsonPath("$.working").value(true))
				.andExpect(jsonPath("$.files.found").value(2))
				.andExpect(jsonPath("$.files.done").value(1))
				.andExpect(jsonPath("$.files.current").value("corpus/b-second.txt"));
		}
		finally {
			RELEASE.countDown();
		}
		assertThat(READY.await(2, TimeUnit.MINUTES)).as("the start-up work ended").isTrue();
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<progress"))))
			.andExpect(content().string(containsString("Source b-second")));
		this.mvc.perform(get("/citations")).andExpect(content().string(not(containsString("under way"))));
		this.mvc.perform(get("/api/import-status"))
			.andExpect(jsonPath("$.step").value("done"))
			.andExpect(jsonPath("$.working").value(false))
			.andExpect(jsonPath("$.files.done").value(2));
	}

	private static Path sources() {
		try {
			Path corpus = Files.createDirectories(Files.createTempDirectory("startup-test").resolve("corpus"));
			for (String name : new String[] { "a-first", "b-second" }) {
				Files.writeString(corpus.resolve(name + ".txt"),
						"Source " + name + "\n\nA paragraph of " + name + ".\n");
			}
			return corpus;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@TestConfiguration
	static class Gate {

		/** A parser that waits on the second file until the test releases it. */
		@Bean
		@Primary
		SourceParser gatedParser(ColumnLimits limits) {
			return new SourceParser(limits) {

				@Override
				Parsed parse(SourceText source) throws SourceFileException {
					if (source.text().startsWith("Source b-second")) {
						SECOND_FILE.countDown();
						try {
							RELEASE.await(2, TimeUnit.MINUTES);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
						}
					}
					return super.parse(source);
				}

			};
		}

		@EventListener
		void ready(AvailabilityChangeEvent<ReadinessState> event) {
			if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && event.getSource() instanceof StartupWork) {
				READY.countDown();
			}
		}

	}

	private boolean done(int files) {
		StartupStatus.Files progress = this.startup.status().files();
		return progress != null && progress.done() == files;
	}

}

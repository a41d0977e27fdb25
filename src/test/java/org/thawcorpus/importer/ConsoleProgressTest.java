package org.thawcorpus.importer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleProgressTest {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final PrintStream out = new PrintStream(this.bytes, true, StandardCharsets.UTF_8);

	private final AtomicLong now = new AtomicLong();

	@Test
	void aLineSaysFilesDoneOfFoundTheRateAndTheTimeLeft() {
		assertThat(ConsoleProgress.line(new ImportProgress(1234, 10000, "seeds/a.txt", Duration.ofSeconds(20))))
			.isEqualTo("Importing [###---------------------------] 1,234 of 10,000 files (12%), 61.7 files/s,"
					+ " 2 min 22 s left");
	}

	@Test
	void beforeTheFirstFileEndsTheTimeLeftIsNotYetKnown() {
		assertThat(ConsoleProgress.line(new ImportProgress(0, 3, "seeds/a.txt", Duration.ZERO)))
			.isEqualTo("Importing [------------------------------] 0 of 3 files (0%), 0.0 files/s,"
					+ " time left not yet known");
	}

	@Test
	void theLastLineSaysDoneOrStopped() {
		assertThat(ConsoleProgress.line(new ImportProgress(3, 3, null, Duration.ofSeconds(2))))
			.endsWith("3 of 3 files (100%), 1.5 files/s, done");
		assertThat(ConsoleProgress.line(new ImportProgress(1, 3, null, Duration.ofSeconds(2))))
			.endsWith("1 of 3 files (33%), 0.5 files/s, stopped");
	}

	@Test
	void onATerminalTheLineIsRedrawnInPlaceAFewTimesASecond() {
		ConsoleProgress progress = new ConsoleProgress(this.out, true, this.now::get);
		progress.progress(new ImportProgress(0, 100, "f/a.txt", Duration.ZERO));
		this.now.addAndGet(Duration.ofMillis(50).toNanos());
		progress.progress(new ImportProgress(1, 100, "f/b.txt", Duration.ofMillis(50)));
		this.now.addAndGet(ConsoleProgress.TERMINAL_EVERY.toNanos());
		progress.progress(new ImportProgress(2, 100, "f/c.txt", Duration.ofMillis(250)));
		progress.progress(new ImportProgress(100, 100, null, Duration.ofSeconds(5)));
		String shown = this.bytes.toString(StandardCharsets.UTF_8);
		assertThat(shown.split("\r", -1)).hasSize(4);
		assertThat(shown).startsWith("\rImporting [").doesNotContain(" 1 of 100 files").endsWith("done\n");
		assertThat(shown.indexOf('\n')).as("one line, ended once").isEqualTo(shown.length() - 1);
	}

	@Test
	void intoALogItPrintsAPlainLineEveryFewSecondsAndTheLast() {
		ConsoleProgress progress = new ConsoleProgress(this.out, false, this.now::get);
		for (int done = 0; done < 100; done++) {
			progress.progress(new ImportProgress(done, 100, "f/" + done + ".txt", Duration.ofMillis(100L * done)));
			this.now.addAndGet(Duration.ofMillis(100).toNanos());
		}
		progress.progress(new ImportProgress(100, 100, null, Duration.ofSeconds(10)));
		String shown = this.bytes.toString(StandardCharsets.UTF_8);
		assertThat(shown).doesNotContain("\r");
		// At 0 s, 5 s, and the end: a line every ConsoleProgress.LOG_EVERY.
		assertThat(shown.lines()).hasSize(3)
			.allMatch((line) -> line.startsWith("Importing ["))
			.satisfies((lines) -> assertThat(lines.get(1)).contains(" 50 of 100 files (50%), 10.0 files/s, 5 s left"))
			.satisfies((lines) -> assertThat(lines.get(2)).endsWith("100 of 100 files (100%), 10.0 files/s, done"));
	}

}

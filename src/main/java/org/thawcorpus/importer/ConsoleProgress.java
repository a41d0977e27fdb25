package org.thawcorpus.importer;

import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The import's progress bar on the console of {@code --thaw.import-only}: files done of
 * files found, files a second and the time left. On a terminal it is one line, redrawn in
 * place a few times a second; into a file or a CI log, a plain line every few seconds.
 */
final class ConsoleProgress implements ImportListener {

	static final Duration TERMINAL_EVERY = Duration.ofMillis(200);

	static final Duration LOG_EVERY = Duration.ofSeconds(5);

	private static final int BAR = 30;

	private final PrintStream out;

	private final boolean terminal;

	private final LongSupplier nanoTime;

	private long lastShown;

	private boolean shown;

	private int lastLength;

	ConsoleProgress(PrintStream out, boolean terminal, LongSupplier nanoTime) {
		this.out = out;
		this.terminal = terminal;
		this.nanoTime = nanoTime;
	}

	/**
	 * A progress bar on the given stream, redrawn in place if the console is a terminal.
	 */
	static ConsoleProgress onConsole(PrintStream out) {
		return new ConsoleProgress(out, isTerminal(), System::nanoTime);
	}

	@Override
	public void progress(ImportProgress progress) {
		boolean last = progress.current() == null;
		long now = this.nanoTime.getAsLong();
		Duration every = this.terminal ? TERMINAL_EVERY : LOG_EVERY;
		if (!last && this.shown && now - this.lastShown < every.toNanos()) {
			return;
		}
		this.shown = true;
		this.lastShown = now;
		String line = line(progress);
		if (!this.terminal) {
			this.out.println(line);
			return;
		}
		// Spaces wipe what a longer line before left on the terminal.
		this.out.print("\r" + line + " ".repeat(Math.max(0, this.lastLength - line.length())));
		this.lastLength = line.length();
		if (last) {
			this.out.println();
		}
		this.out.flush();
	}

	/**
	 * One line of progress: {@code Importing [#######---] 1,234 of 10,000 files (12%),
	 * 45.6 files/s, 3 min 17 s left}.
	 */
	static String line(ImportProgress progress) {
		int filled = (progress.found() == 0) ? BAR : (int) ((long) BAR * progress.done() / progress.found());
		String bar = "#".repeat(filled) + "-".repeat(BAR - filled);
		String left = (progress.current() != null)
				? progress.timeLeftWords().map((t) -> t + " left").orElse("time left not yet known")
				: (progress.done() == progress.found()) ? "done" : "stopped";
		return String.format(Locale.ENGLISH, "Importing [%s] %,d of %,d files (%d%%), %.1f files/s, %s", bar,
				progress.done(), progress.found(), progress.percent(), progress.filesPerSecond(), left);
	}

	/**
	 * Whether the console is a terminal: before Java 22 whenever there is one; from Java
	 * 22 on, which has a console even when the output is redirected, as it says.
	 */
	private static boolean isTerminal() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException ex) {
			return true;
		}
	}

}

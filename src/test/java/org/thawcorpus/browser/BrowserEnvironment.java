package org.thawcorpus.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where Chromium and chromedriver are, and whether the browser tests run, are skipped, or
 * fail the build. Debian's paths unless {@code THAW_CHROMIUM} or
 * {@code THAW_CHROMEDRIVER} name others; on CI ({@code CI=true}) a missing browser is a
 * failure, elsewhere a skip.
 *
 * @param chromium the browser binary
 * @param chromedriver the driver binary
 * @param ci whether the build runs on CI
 */
record BrowserEnvironment(Path chromium, Path chromedriver, boolean ci) {

	static final String INSTALL = "install chromium and chromium-driver (apt-get install -y chromium chromium-driver)";

	/** The environment of this process. */
	static BrowserEnvironment current() {
		return of(System.getenv());
	}

	/** The environment that the given variables describe. */
	static BrowserEnvironment of(Map<String, String> env) {
		return new BrowserEnvironment(Path.of(env.getOrDefault("THAW_CHROMIUM", "/usr/bin/chromium")),
				Path.of(env.getOrDefault("THAW_CHROMEDRIVER", "/usr/bin/chromedriver")),
				"true".equalsIgnoreCase(env.get("CI")));
	}

	/** What to do, judging executables with {@link Files#isExecutable}. */
	Decision decide() {
		return decide(Files::isExecutable);
	}

	/** What to do, judging executables with {@code executable}. */
	Decision decide(Predicate<Path> executable) {
		List<String> missing = new ArrayList<>();
		if (!executable.test(this.chromium)) {
			missing.add(this.chromium.toString());
		}
		if (!executable.test(this.chromedriver)) {
			missing.add(this.chromedriver.toString());
		}
		if (missing.isEmpty()) {
			return new Decision(Outcome.RUN, "Browser tests run with " + this.chromium + " and " + this.chromedriver);
		}
		String what = String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are") + " missing";
		if (this.ci) {
			return new Decision(Outcome.FAIL, "Browser tests cannot run on CI: " + what + "; " + INSTALL);
		}
		return new Decision(Outcome.SKIP, "Browser tests skipped: " + INSTALL + "; " + what);
	}

	/** Run, skip or fail. */
	enum Outcome {

		RUN, SKIP, FAIL

	}

	/**
	 * An outcome with the sentence that explains it.
	 *
	 * @param outcome what to do
	 * @param reason one line for the build log
	 */
	record Decision(Outcome outcome, String reason) {

	}

}

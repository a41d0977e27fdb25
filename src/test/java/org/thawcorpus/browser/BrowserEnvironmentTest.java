package org.thawcorpus.browser;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BrowserEnvironmentTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	@Test
	void runsWhereChromiumAndItsDriverAreInstalled() {
		BrowserEnvironment.Decision decision = BrowserEnvironment.of(Map.of())
			.decide(Set.of(CHROMIUM, DRIVER)::contains);
		assertThat(decision.outcome()).isEqualTo(BrowserEnvironment.Outcome.RUN);
	}

	@Test
	void skipsWithOneLineSayingWhatToInstallWhenTheDriverIsMissing() {
		BrowserEnvironment.Decision decision = BrowserEnvironment.of(Map.of()).decide(Set.of(CHROMIUM)::contains);
		assertThat(decision.outcome()).isEqualTo(BrowserEnvironment.Outcome.SKIP);
		assertThat(decision.reason()).startsWith("Browser tests skipped: install chromium and chromium-driver")
			.contains("apt-get install -y chromium chromium-driver")
			.contains("/usr/bin/chromedriver is missing")
			.doesNotContain("\n");
	}

	@Test
	void skipsWhenBothAreMissingOutsideCi() {
		BrowserEnvironment.Decision decision = BrowserEnvironment.of(Map.of("CI", "false")).decide((path) -> false);
		assertThat(decision.outcome()).isEqualTo(BrowserEnvironment.Outcome.SKIP);
		assertThat(decision.reason()).contains("/usr/bin/chromium and /usr/bin/chromedriver are missing");
	}

	@Test
	void failsOnCiWhenTheBrowserIsMissing() {
		BrowserEnvironment.Decision decision = BrowserEnvironment.of(Map.of("CI", "true"))
			.decide(Set.of(DRIVER)::contains);
		assertThat(decision.outcome()).isEqualTo(BrowserEnvironment.Outcome.FAIL);
		assertThat(decision.reason()).startsWith("Browser tests cannot run on CI: /usr/bin/chromium is missing")
			.contains("apt-get install -y chromium chromium-driver");
	}

	@Test
	void runsOnCiWhenBothAreInstalled() {
		BrowserEnvironment.Decision decision = BrowserEnvironment.of(Map.of("CI", "true"))
			.decide(Set.of(CHROMIUM, DRIVER)::contains);
		assertThat(decision.outcome()).isEqualTo(BrowserEnvironment.Outcome.RUN);
	}

	@Test
	void takesOtherPathsFromTheEnvironment() {
		BrowserEnvironment environment = BrowserEnvironment
			.of(Map.of("THAW_CHROMIUM", "/opt/chromium/chrome", "THAW_CHROMEDRIVER", "/opt/chromium/chromedriver"));
		assertThat(environment.chromium()).isEqualTo(Path.of("/opt/chromium/chrome"));
		assertThat(environment.decide(Set.of(CHROMIUM, DRIVER)::contains).outcome())
			.isEqualTo(BrowserEnvironment.Outcome.SKIP);
	}

	@Test
	void aSkipDisablesTheTestsWithItsReasonAndAFailureThrows() {
		BrowserEnvironment.Decision skip = BrowserEnvironment.of(Map.of()).decide((path) -> false);
		assertThat(BrowserExtension.evaluate(skip).isDisabled()).isTrue();
		assertThat(BrowserExtension.evaluate(skip).getReason()).hasValue(skip.reason());
		BrowserEnvironment.Decision fail = BrowserEnvironment.of(Map.of("CI", "true")).decide((path) -> false);
		assertThatIllegalStateException().isThrownBy(() -> BrowserExtension.evaluate(fail)).withMessage(fail.reason());
	}

}

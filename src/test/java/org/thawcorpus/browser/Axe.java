package org.thawcorpus.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core's WCAG 2.1 A and AA rules on the page a browser shows. The script is the
 * unmodified {@code axe.min.js} kept under {@code src/test/resources/axe/}.
 */
final class Axe {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
			  .then((results) => done(results.violations.map((v) => ({
			    id: v.id, impact: v.impact, help: v.help,
			    targets: v.nodes.map((n) => n.target.join(' ')) }))))
			  .catch((e) => done('axe failed: ' + e));
			""";

	private static String source;

	private Axe() {
	}

	/**
	 * The violations on the current page, one line each: rule, impact, help, and the
	 * selectors of every element that violates it. Empty if there are none.
	 */
	static List<String> violations(Browser browser) {
		if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
			browser.script(source());
		}
		Object result = browser.asyncScript(RUN, TAGS);
		if (result instanceof String failure) {
			throw new IllegalStateException(failure);
		}
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
		return violations.stream()
			.map((v) -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("targets"))
			.toList();
	}

	private static synchronized String source() {
		if (source == null) {
			try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
				if (in == null) {
					throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
				}
				source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return source;
	}

}

package org.thawcorpus.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.system.RawHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers on every kind of answer, and the templates and static files they
 * hold to: no inline script, no inline style, nothing from another origin.
 */
@CorpusTest
class SecurityHeadersTest {

	/** What a browser may load and do on the site's pages. */
	private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; "
			+ "base-uri 'none'; frame-ancestors 'none'; object-src 'none'";

	@LocalServerPort
	int port;

	@Test
	void everyKindOfAnswerCarriesTheHeaders() throws IOException {
		RawHttp http = new RawHttp(this.port);
		for (String target : new String[] { "/", "/documents/the-khrushchev-thaw", "/api/documents", "/css/thaw.css",
				"/actuator/health", "/actuator/health/readiness", "/documents/no-such-document", "/api/citations/0",
				"/?page=%", "/%G1", "/error" }) {
			Response response = http.get(target);
			assertThat(response.header("Content-Security-Policy")).as(target).isEqualTo(POLICY);
			assertThat(response.header("X-Content-Type-Options")).as(target).isEqualTo("nosniff");
			assertThat(response.header("X-Frame-Options")).as(target).isEqualTo("DENY");
			assertThat(response.header("Referrer-Policy")).as(target).isEqualTo("no-referrer");
			assertThat(response.header("Permissions-Policy")).as(target)
				.contains("camera=()", "microphone=()", "geolocation=()");
		}
	}

	@Test
	void noTemplateOrStaticFileNeedsInlineScriptInlineStyleOrAnotherOrigin() throws IOException {
		Pattern forbidden = Pattern.compile(
				"<script(?![^>]*\\s(?:th:)?src=)(?![^>]*\\stype=\"application/ld\\+json\")|<style|\\sstyle=|th:style|\\son[a-z]+=|th:on[a-z]+=|javascript:|@import|url\\(\\s*['\"]?(?:https?:)?//|(?:src|href)=\"(?:https?:)?//");
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/templates")),
				Files.walk(Path.of("src/main/resources/static")))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher match = forbidden.matcher(Files.readString(file));
				while (match.find()) {
					found.add(file + ": " + match.group());
				}
			}
		}
		assertThat(found).isEmpty();
	}

}

package org.thawcorpus.system;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.thawcorpus.CorpusTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages link the stylesheet and scripts by names carrying the hash of their content,
 * which are kept a year, under the same security headers as every answer.
 */
@CorpusTest
class FingerprintedFilesTest {

	private static final Pattern FINGERPRINTED = Pattern.compile("/(css|js)/([a-z-]+)-([0-9a-f]{32})\\.(css|js)");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void pagesLinkTheFilesByTheHashOfTheirContentAndTheseAreKeptAYear() throws Exception {
		assertFingerprinted(Jsoup.parse(get("/").body()).select("link[rel=stylesheet]").attr("href"));
		assertFingerprinted(Jsoup.parse(get("/documents/the-khrushchev-thaw/cite/p1").body())
			.select("script[src*=cite-copy]")
			.attr("src"));
	}

	@Test
	void theFilesUnderTheirPlainNamesAreRevalidated() throws Exception {
		for (String plain : new String[] { "/css/thaw.css", "/js/cite-copy.js", "/js/reading-pages.js" }) {
			HttpResponse<String> response = get(plain);
			assertThat(response.statusCode()).as(plain).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(plain).hasValue("no-cache");
		}
	}

	private void assertFingerprinted(String link) throws Exception {
		Matcher name = FINGERPRINTED.matcher(link);
		assertThat(name.matches()).as(link).isTrue();
		HttpResponse<String> file = get(link);
		assertThat(file.statusCode()).as(link).isEqualTo(200);
		assertThat(file.headers().firstValue("Cache-Control")).as(link).hasValue("max-age=31536000, public, immutable");
		assertThat(file.headers().firstValue("Content-Security-Policy")).as(link)
			.hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY)
			.hasValueSatisfying((policy) -> assertThat(policy).contains("script-src 'self'"));
		assertThat(file.headers().firstValue("X-Content-Type-Options")).as(link).hasValue("nosniff");
		String plain = "/" + name.group(1) + "/" + name.group(2) + "." + name.group(4);
		assertThat(file.body()).as(link).isEqualTo(get(plain).body());
		byte[] digest = MessageDigest.getInstance("MD5").digest(file.body().getBytes(StandardCharsets.UTF_8));
		assertThat(String.format("%032x", new BigInteger(1, digest))).as(link).isEqualTo(name.group(3));
	}

	private HttpResponse<String> get(String target) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + target)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}

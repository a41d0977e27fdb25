package org.thawcorpus.system;

import java.io.IOException;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.system.RawHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Permalinks, exports and {@code Link} headers over real HTTP: absolute for the local
 * host the tests reach the application at, relative for a forged {@code Host} (no base
 * URL is configured in the tests).
 */
@CorpusTest
class PublicLinksTest {

	private static final String CITE = "/documents/the-khrushchev-thaw/cite/p5";

	@LocalServerPort
	int port;

	@Test
	void aPermalinkNamesTheLocalHostItWasAskedAt() throws IOException {
		RawHttp http = new RawHttp(this.port);
		String origin = "http://localhost:" + this.port;
		assertThat(permalink(http.get(CITE))).isEqualTo(origin + "/documents/the-khrushchev-thaw?at=p5");
		assertThat(http.get("/api" + CITE + "?format=ris").body())
			.contains("Copy read at " + origin + "/documents/the-khrushchev-thaw?at=p5.");
		assertThat(http.get("/api/documents?size=1").header("Link"))
			.startsWith("<" + origin + "/api/documents?size=1&page=1>; rel=\"first\"");
	}

	@Test
	void aForgedHostReachesNoLinkBodyOrHeader() throws IOException {
		RawHttp http = new RawHttp(this.port);
		Response cite = http.get(CITE, "Host: evil.example");
		assertThat(permalink(cite)).isEqualTo("/documents/the-khrushchev-thaw?at=p5");
		assertThat(cite.body()).doesNotContain("evil.example");
		assertThat(http.get("/api" + CITE + "?format=csl-json", "Host: evil.example").body())
			.contains("Copy read at /documents/the-khrushchev-thaw?at=p5.")
			.doesNotContain("evil.example");
		assertThat(Jsoup.parse(http.get("/documents/the-khrushchev-thaw", "Host: evil.example:8443").body())
			.select("p.permalink")
			.text()).isEqualTo("Permalink: /documents/the-khrushchev-thaw");
		assertThat(http.get("/api/documents?size=1", "Host: evil.example", "X-Forwarded-Host: evil.example")
			.header("Link"))
			.isEqualTo("</api/documents?size=1&page=1>; rel=\"first\", "
					+ "</api/documents?size=1&page=2>; rel=\"next\", </api/documents?size=1&page=3>; rel=\"last\"");
	}

	private static String permalink(Response response) {
		return Jsoup.parse(response.body()).select("dl.fields a[href$=\"?at=p5\"]").attr("href");
	}

}

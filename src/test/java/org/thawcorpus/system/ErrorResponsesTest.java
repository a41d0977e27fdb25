package org.thawcorpus.system;

import java.io.IOException;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.system.RawHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers to the requests a tester found answered with a 500 or with the insides of
 * the server, sent as they were, over a raw socket to the application on a random port:
 * some fail in the server's own decoding, before Spring MVC, where MockMvc cannot reach.
 */
@CorpusTest
class ErrorResponsesTest {

	private static final String BOOK = "/documents/moscow-1956-the-silenced-spring";

	@LocalServerPort
	int port;

	private RawHttp http;

	@BeforeEach
	void setUp() {
		this.http = new RawHttp(this.port);
	}

	@Test
	void aBadEscapeOrBytesThatAreNotUtf8InAParameterAreA400SayingWhatToFix() throws IOException {
		for (String target : new String[] { "/?page=%", "/citations?page=%G1", "/search?q=thaw&kind=%FF",
				BOOK + "/reviews?stars=%C3%28" }) {
			Response response = this.http.get(target);
			assertThat(response.status()).as(target).isEqualTo(400);
			assertThat(response.contentType()).isEqualTo("text/html;charset=UTF-8");
			assertThat(message(response)).as(target)
				.isEqualTo("The parameters of this address cannot be read: every % must be followed by two "
						+ "hexadecimal digits (as in %20), escaped text must be UTF-8, and an address takes at most a "
						+ "thousand parameters.");
		}
		assertThat(detail(this.http.get("/api/documents?page=%G1"))).startsWith("The parameters of this address");
	}

	@Test
	void aBadEscapeOrBytesThatAreNotUtf8InThePathAreA400WithTheSiteHeaders() throws IOException {
		for (String target : new String[] { "/documents/%G1", "/documents/%FF", "/%", "/documents/a%2Fb" }) {
			Response response = this.http.get(target);
			assertThat(response.status()).as(target).isEqualTo(400);
			assertThat(response.contentType()).isEqualTo("text/html;charset=UTF-8");
			assertThat(message(response)).as(target).startsWith("This request cannot be read");
			assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'");
			assertThat(response.body()).doesNotContain("<style").doesNotContain("Tomcat");
		}
		Response api = this.http.get("/api/documents/%FF");
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.contentType()).isEqualTo("application/problem+json");
		assertThat(detail(api)).startsWith("This request cannot be read");
	}

	@Test
	void aPageNumberPastAnyOffsetIsA400AndTheLastAcceptedOneA404() throws IOException {
		Response api = this.http.get("/api/documents?page=2147483647");
		assertThat(api.status()).isEqualTo(400);
		assertThat(detail(api)).isEqualTo("The page number must be from 1 to 1,000,000; 2147483647 is not.");
		for (String target : new String[] { "/?page=2147483647", "/citations?page=2147483647",
				BOOK + "/reviews?page=2147483647", "/documents/the-khrushchev-thaw/source?page=2147483647",
				"/people?page=2147483647", "/timeline/1956?page=2147483647" }) {
			Response page = this.http.get(target);
			assertThat(page.status()).as(target).isEqualTo(400);
			assertThat(message(page)).as(target)
				.isEqualTo("The page number must be from 1 to 1,000,000; 2147483647 is not.");
		}
		Response last = this.http.get("/api/documents?page=1000000&size=1000");
		assertThat(last.status()).isEqualTo(404);
		assertThat(detail(last)).isEqualTo("There are 3 sources on 1 page; there is no page 1000000.");
		assertThat(this.http.get(BOOK + "/reviews?page=1000000").status()).isEqualTo(404);
	}

	@Test
	void aRepeatedParameterOrAHugeNumberIsA400WithoutJavaTypes() throws IOException {
		Response repeated = this.http.get("/?page=&page=x");
		assertThat(repeated.status()).isEqualTo(400);
		assertThat(message(repeated)).isEqualTo("The parameter \"page\" must be given once; it was given 2 times.");
		assertThat(repeated.body()).doesNotContain("[L").doesNotContain("java.lang");
		assertThat(detail(this.http.get("/api/citations?page=1&page=2")))
			.isEqualTo("The parameter \"page\" must be given once; it was given 2 times.");
		assertThat(detail(this.http.get("/api/search?q=thaw&q=spring")))
			.isEqualTo("The parameter \"q\" must be given once; it was given 2 times.");
		assertThat(this.http.get("/documents/the-khrushchev-thaw?layers=person&layers=place").status()).isEqualTo(200);
		assertThat(detail(this.http.get("/api/documents?size=99999999999")))
			.isEqualTo("The number \"99999999999\" is out of range for the parameter \"size\".");
	}

	@Test
	void anAcceptHeaderTheApiCannotAnswerIs406AndOneThatCannotBeReadA400() throws IOException {
		Response html = this.http.get("/api/documents", "Accept: text/html");
		assertThat(html.status()).isEqualTo(406);
		assertThat(html.contentType()).isEqualTo("application/problem+json");
		assertThat(detail(html))
			.isEqualTo("This address cannot answer in a form the Accept header \"text/html\" allows; "
					+ "it answers with application/json, application/*+json.");
		assertThat(html.header("X-Total-Count")).isNull();
		Response garbage = this.http.get("/api/documents", "Accept: garbage");
		assertThat(garbage.status()).isEqualTo(400);
		assertThat(detail(garbage)).isEqualTo("The Accept header \"garbage\" cannot be read: it must list media types "
				+ "such as text/html or application/json.");
		Response health = this.http.get("/actuator/health", "Accept: text/html");
		assertThat(health.status()).isEqualTo(406);
		assertThat(health.contentType()).isEqualTo("text/html;charset=UTF-8");
	}

	@Test
	void theErrorPageAskedForDirectlyIsA404() throws IOException {
		Response error = this.http.get("/error");
		assertThat(error.status()).isEqualTo(404);
		assertThat(error.contentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(message(error)).isEqualTo("There is no page at /error.");
		assertThat(this.http.send("POST", "/error", "").status()).isEqualTo(404);
	}

	@Test
	void aMethodNoAddressTakesIsA405SayingWhichOnesItTakes() throws IOException {
		Response delete = this.http.send("DELETE", "/api/documents", "");
		assertThat(delete.status()).isEqualTo(405);
		assertThat(delete.header("Allow")).isEqualTo("GET");
		assertThat(detail(delete)).isEqualTo("This address does not accept DELETE requests.");
		for (String method : new String[] { "TRACE", "CONNECT", "BREW" }) {
			Response response = this.http.send(method, "/", "");
			assertThat(response.status()).as(method).isEqualTo(405);
			assertThat(response.header("Allow")).as(method).contains("GET");
			assertThat(message(response)).as(method).startsWith("This address does not accept");
		}
	}

	@Test
	void anErrorAtAnAddressWithAFileExtensionIsStillAnHtmlPage() throws IOException {
		Response post = this.http.send("POST", "/css/thaw.css", "");
		assertThat(post.status()).isEqualTo(405);
		assertThat(post.contentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(message(post)).isEqualTo("This address does not accept POST requests.");
		Response missing = this.http.get("/documents/no-such.css");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).isEqualTo("text/html;charset=UTF-8");
	}

	private static String message(Response response) {
		return Jsoup.parse(response.body()).select("p.message").text();
	}

	private static String detail(Response response) {
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		return (String) JsonParserFactory.getJsonParser().parseMap(response.body()).get("detail");
	}

}

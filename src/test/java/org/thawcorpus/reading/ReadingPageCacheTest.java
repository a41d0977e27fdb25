package org.thawcorpus.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.importer.ImportStatus;
import org.thawcorpus.importer.SourceImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reading views are rendered once per version of the corpus and variant of the
 * request: asked again they are the same page, an import shows the new text at once, and
 * each reader's layers get their own page.
 */
@CorpusTest
class ReadingPageCacheTest {

	private static final String ARTICLE = "/documents/the-khrushchev-thaw";

	@LocalServerPort
	int port;

	@Autowired
	SourceImporter importer;

	@Autowired
	DocumentRepository documents;

	@Autowired
	MockMvc mvc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aReadingViewAskedAgainIsTheSamePageAndItsETagAnswers304() throws Exception {
		for (String target : new String[] { ARTICLE, "/documents/moscow-1956-the-silenced-spring/reviews?stars=5" }) {
			HttpResponse<String> first = get(target, null, null);
			HttpResponse<String> again = get(target, null, null);
			assertThat(again.statusCode()).as(target).isEqualTo(200);
			assertThat(again.body()).as(target).isEqualTo(first.body());
			assertThat(again.headers().firstValue("Content-Type")).as(target).hasValue("text/html;charset=UTF-8");
			assertThat(again.headers().firstValue("Content-Security-Policy")).as(target).isPresent();
			String etag = again.headers().firstValue("ETag").orElseThrow();
			assertThat(first.headers().firstValue("ETag")).as(target).hasValue(etag);
			assertThat(etag).as(target).startsWith("W/\"");

			HttpResponse<String> unchanged = get(target, etag, null);
			assertThat(unchanged.statusCode()).as(target).isEqualTo(304);
			assertThat(unchanged.body()).as(target).isEmpty();
		}
	}

	@Test
	void aPageSentAgainCarriesTheHeadersOfItsRenderingAndIsGzippedForClientsThatAcceptIt() throws Exception {
		HttpResponse<String> first = get(ARTICLE, null, null);
		HttpResponse<byte[]> gzipped = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + ARTICLE))
				.header("Accept-Encoding", "br;q=0.9, gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<String> again = get(ARTICLE, null, null);

		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(first.body());
		}
		assertThat(again.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(again.body()).isEqualTo(first.body());
		for (HttpResponse<?> sent : List.of(gzipped, again)) {
			for (String header : new String[] { "Content-Security-Policy", "X-Content-Type-Options", "Cache-Control",
					"Content-Type", "Content-Language", "ETag" }) {
				assertThat(sent.headers().allValues(header)).as(header).isEqualTo(first.headers().allValues(header));
			}
			assertThat(String.join(",", sent.headers().allValues("Vary")).toLowerCase(Locale.ROOT)).as("Vary")
				.contains("cookie");
		}
	}

	@Test
	void everyAnswerThatCouldBeSentGzippedOrPlainVariesWithAcceptEncoding() throws Exception {
		String target = ARTICLE + "?layers=place";
		HttpResponse<String> rendered = get(target, null, null);
		HttpResponse<String> plain = get(target, null, null);
		HttpResponse<byte[]> gzipped = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + target))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<String> unchanged = get(target, plain.headers().firstValue("ETag").orElseThrow(), null);

		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(unchanged.statusCode()).isEqualTo(304);
		for (HttpResponse<?> sent : List.of(rendered, plain, gzipped, unchanged)) {
			List<String> vary = Arrays
				.stream(String.join(",", sent.headers().allValues("Vary")).toLowerCase(Locale.ROOT).split(","))
				.map(String::strip)
				.toList();
			assertThat(vary).as("Vary of the answer %s", sent).contains("cookie").containsOnlyOnce("accept-encoding");
		}
	}

	@Test
	void aPageSentPlainVariesWithAcceptEncodingWithoutTheServersCompression() throws Exception {
		// MockMvc has no Tomcat, whose compression names accept-encoding on large plain
		// answers
		String target = ARTICLE + "?layers=person";
		MockHttpServletResponse rendered = this.mvc.perform(MockMvcRequestBuilders.get(target))
			.andReturn()
			.getResponse();
		MockHttpServletResponse kept = this.mvc.perform(MockMvcRequestBuilders.get(target)).andReturn().getResponse();

		assertThat(kept.getHeader("ETag")).isNotNull().isEqualTo(rendered.getHeader("ETag"));
		assertThat(kept.getHeader("Content-Encoding")).isNull();
		for (MockHttpServletResponse sent : List.of(rendered, kept)) {
			assertThat(String.join(",", sent.getHeaders("Vary")).toLowerCase(Locale.ROOT)).contains("accept-encoding");
		}
	}

	@Test
	void theSameParametersInAnotherOrderShareOnePage() throws Exception {
		String reviews = "/documents/moscow-1956-the-silenced-spring/reviews";
		HttpResponse<String> first = get(reviews + "?stars=5&page=1", null, null);
		HttpResponse<String> reordered = get(reviews + "?page=1&stars=5", null, null);
		HttpResponse<String> other = get(reviews + "?page=1&stars=4", null, null);

		assertThat(first.statusCode()).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(reordered.headers().firstValue("ETag")).hasValue(etag);
		assertThat(reordered.body()).isEqualTo(first.body());
		assertThat(get(reviews + "?page=1&stars=5", etag, null).statusCode()).isEqualTo(304);
		assertThat(other.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
		assertThat(get(reviews + "?page=1&stars=4", etag, null).statusCode()).isEqualTo(200);
	}

	@Test
	void aReadingViewWhoseParametersCannotBeReadIsRefusedEachTime() throws Exception {
		get(ARTICLE, null, null);
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> refused = get(ARTICLE + "?page=%C3%28", null, null);
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.body()).contains("The parameters of this address cannot be read");
		}
	}

	@Test
	void aHeadRequestLeavesNoEmptyPageForTheNextGet() throws Exception {
		String target = ARTICLE + "?layers=work";
		HttpResponse<String> head = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + target))
				.method("HEAD", HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(head.statusCode()).isEqualTo(200);

		HttpResponse<String> page = get(target, null, null);

		assertThat(Jsoup.parse(page.body()).select("a.ann-work")).isNotEmpty();
		assertThat(get(target, null, null).body()).isEqualTo(page.body());
	}

	@Test
	void aReimportedDocumentIsShownAnewAtOnce(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("kitchen.txt");
		Files.writeString(file, "Kitchen conversations\n\nTypescripts passed from hand to hand.\n");
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.IMPORTED);
		String target = "/documents/"
				+ this.documents.findBySourcePath(file.normalize().toString()).orElseThrow().getSlug();
		HttpResponse<String> before = get(target, null, null);
		assertThat(get(target, null, null).body()).contains("Typescripts passed from hand to hand.");
		String etag = before.headers().firstValue("ETag").orElseThrow();

		Files.writeString(file, "Kitchen conversations\n\nCarbon copies passed from hand to hand.\n");
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.IMPORTED);

		HttpResponse<String> after = get(target, etag, null);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains("Carbon copies passed").doesNotContain("Typescripts");
		assertThat(after.headers().firstValue("ETag")).hasValueSatisfying((e) -> assertThat(e).isNotEqualTo(etag));
	}

	@Test
	void eachReadersLayersGetTheirOwnPage() throws Exception {
		HttpResponse<String> plain = get(ARTICLE, null, null);
		HttpResponse<String> dates = get(ARTICLE, null, "thaw-layers=date");
		HttpResponse<String> datesAgain = get(ARTICLE, null, "thaw-layers=date");
		HttpResponse<String> plainAgain = get(ARTICLE, null, null);

		assertThat(Jsoup.parse(plain.body()).select("a.ann-date")).isEmpty();
		assertThat(Jsoup.parse(plain.body()).select("a.ann-person")).isNotEmpty();
		assertThat(Jsoup.parse(dates.body()).select("a.ann-date")).isNotEmpty();
		assertThat(Jsoup.parse(dates.body()).select("a.ann-person")).isEmpty();
		assertThat(datesAgain.body()).isEqualTo(dates.body());
		assertThat(plainAgain.body()).isEqualTo(plain.body());
		assertThat(dates.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
		assertThat(get(ARTICLE, plain.headers().firstValue("ETag").orElseThrow(), "thaw-layers=date").statusCode())
			.isEqualTo(200);
	}

	@Test
	void aLayerChoiceIsRememberedWhenItsPageWasRenderedBefore() throws Exception {
		String target = ARTICLE + "?layers=place,date";
		HttpResponse<String> first = get(target, null, null);
		HttpResponse<String> again = get(target, null, null);
		HttpResponse<String> unchanged = get(target, first.headers().firstValue("ETag").orElseThrow(), null);

		for (HttpResponse<String> response : List.of(first, again, unchanged)) {
			assertThat(response.headers().allValues("Set-Cookie")).hasSize(1)
				.first()
				.asString()
				.startsWith("thaw-layers=place.date;");
		}
		assertThat(again.body()).isEqualTo(first.body());
	}

	@Test
	void aPageIsNeverKeptForAnotherAddressOfTheSite() throws Exception {
		HttpResponse<String> local = get(ARTICLE, null, null);
		HttpResponse<String> loopback = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + ARTICLE)).build(),
				HttpResponse.BodyHandlers.ofString());

		Element permalink = Jsoup.parse(loopback.body()).selectFirst("p.permalink");
		assertThat(permalink.text()).contains("http://127.0.0.1:" + this.port + ARTICLE);
		assertThat(Jsoup.parse(local.body()).selectFirst("p.permalink").text())
			.contains("http://localhost:" + this.port + ARTICLE);
	}

	private HttpResponse<String> get(String target, String ifNoneMatch, String cookie)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + target));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}

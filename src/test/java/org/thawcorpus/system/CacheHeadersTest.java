package org.thawcorpus.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.importer.ImportStatus;
import org.thawcorpus.importer.SourceImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages and JSON carry an ETag and must be revalidated: asked again with the ETag they
 * answer 304 without a body until an import changes them; errors are never stored.
 */
@CorpusTest
class CacheHeadersTest {

	@LocalServerPort
	int port;

	@Autowired
	SourceImporter importer;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUnchangedPageOrListAnswers304WithoutABody() throws Exception {
		for (String target : new String[] { "/", "/documents/the-khrushchev-thaw", "/api/documents", "/citations",
				"/import-report", "/api/import-report" }) {
			HttpResponse<String> first = get(target, null);
			assertThat(first.statusCode()).as(target).isEqualTo(200);
			assertThat(first.headers().firstValue("Cache-Control")).as(target).hasValue("no-cache");
			String etag = first.headers().firstValue("ETag").orElseThrow();
			assertThat(etag).as(target).startsWith("W/\"");

			HttpResponse<String> again = get(target, etag);
			assertThat(again.statusCode()).as(target).isEqualTo(304);
			assertThat(again.body()).as(target).isEmpty();
			assertThat(again.headers().firstValue("ETag")).as(target).hasValue(etag);
			assertThat(again.headers().firstValue("Cache-Control")).as(target).hasValue("no-cache");
			assertThat(again.headers().firstValue("Content-Security-Policy")).as(target)
				.hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);

			HttpResponse<String> other = get(target, "W/\"0123456789abcdef0123456789abcdef0\"");
			assertThat(other.statusCode()).as(target).isEqualTo(200);
			assertThat(other.body()).as(target).isEqualTo(first.body());
		}
	}

	@Test
	void anImportChangesTheETagOfWhatItChanges(@TempDir Path folder) throws Exception {
		String before = get("/", null).headers().firstValue("ETag").orElseThrow();
		String listBefore = get("/api/documents", null).headers().firstValue("ETag").orElseThrow();
		assertThat(get("/", before).statusCode()).isEqualTo(304);

		Path file = folder.resolve("kitchen.txt");
		Files.writeString(file, "Kitchen conversations\n\nTypescripts passed from hand to hand in the kitchens.\n");
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.IMPORTED);

		HttpResponse<String> after = get("/", before);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains("Kitchen conversations");
		assertThat(after.headers().firstValue("ETag"))
			.hasValueSatisfying((etag) -> assertThat(etag).isNotEqualTo(before));
		HttpResponse<String> list = get("/api/documents", listBefore);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.headers().firstValue("ETag"))
			.hasValueSatisfying((etag) -> assertThat(etag).isNotEqualTo(listBefore));
	}

	@Test
	void errorsAreNeverStoredNorGivenAnETag() throws Exception {
		for (String target : new String[] { "/documents/no-such-document", "/api/citations/0", "/no-such-page",
				"/documents/the-khrushchev-thaw?page=0", "/api/documents?page=x", "/?page=%", "/%G1",
				"/css/thaw-00000000000000000000000000000000.css" }) {
			RawHttp.Response response = new RawHttp(this.port).get(target);
			assertThat(response.status()).as(target).isBetween(400, 499);
			assertThat(response.header("Cache-Control")).as(target).isEqualTo("no-store");
			assertThat(response.header("ETag")).as(target).isNull();
		}
	}

	private HttpResponse<String> get(String target, String ifNoneMatch) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + target));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}

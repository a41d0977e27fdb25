package org.thawcorpus.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.thawcorpus.CorpusTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text answers of 2 kB or more come gzipped to a client that accepts it, and read back
 * byte for byte as the same answer sent uncompressed; over the real server, since
 * compression is Tomcat's.
 */
@CorpusTest
class CompressionTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void textAnswersComeGzippedAndReadBackTheSame() throws Exception {
		for (String target : new String[] { "/", "/documents/the-khrushchev-thaw", "/css/thaw.css",
				"/api/documents/the-khrushchev-thaw", "/api/citations" }) {
			HttpResponse<byte[]> plain = get(target, "identity");
			HttpResponse<byte[]> gzipped = get(target, "gzip");
			assertThat(plain.statusCode()).as(target).isEqualTo(200);
			assertThat(gzipped.statusCode()).as(target).isEqualTo(200);
			assertThat(plain.headers().firstValue("Content-Encoding")).as(target).isEmpty();
			assertThat(gzipped.headers().firstValue("Content-Encoding")).as(target).hasValue("gzip");
			assertThat(gzipped.headers().allValues("Vary")).as(target).anyMatch((v) -> v.contains("accept-encoding"));
			assertThat(gzipped.body().length).as(target).isLessThan(plain.body().length);
			assertThat(gunzip(gzipped.body())).as(target).isEqualTo(plain.body());
		}
	}

	private HttpResponse<byte[]> get(String target, String encoding) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + target))
			.header("Accept-Encoding", encoding)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

}

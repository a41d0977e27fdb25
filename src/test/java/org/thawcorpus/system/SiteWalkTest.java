package org.thawcorpus.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.document.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the whole application on a random port, imports the seeds, and walks every page
 * reachable from the corpus page over real HTTP, parsing each with jsoup.
 */
@CorpusTest
class SiteWalkTest {

	private static final int MAX_PAGES = 600;

	/** Pages of one shape (same route, same parameter names) visited at most. */
	private static final int PER_SHAPE = 4;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private String base;

	@BeforeEach
	void setUp() {
		this.base = "http://localhost:" + this.port;
	}

	@Test
	void everyLinkedPageAnswersWithAWholePageAndEveryLinkedAnchorExists() throws Exception {
		Map<String, Page> pages = walk("/");
		assertThat(pages.keySet()).contains("/", "/documents/the-khrushchev-thaw",
				"/documents/a-thaw-that-would-not-refreeze", "/documents/moscow-1956-the-silenced-spring",
				"/documents/moscow-1956-the-silenced-spring/reviews", "/citations", "/import-report");
		assertThat(pages.keySet()).anyMatch((p) -> p.startsWith("/citations/"))
			.anyMatch((p) -> p.contains("/source"))
			.anyMatch((p) -> p.contains("stars=5"));
		pages.forEach((path, page) -> assertThat(page.status()).as("status of %s", path).isEqualTo(200));
		for (Map.Entry<String, Page> entry : pages.entrySet()) {
			Page page = entry.getValue();
			if (page.html()) {
				assertThat(page.document().select("html").attr("lang")).as("lang of %s", entry.getKey())
					.isEqualTo("en");
				assertThat(page.document().select("main#content")).as("main of %s", entry.getKey()).hasSize(1);
				assertThat(page.document().select("h1")).as("h1 of %s", entry.getKey()).hasSize(1);
				assertThat(page.document().select("a.skip-link[href=#content]")).hasSize(1);
				assertThat(page.document().select("link[href^=http], script[src^=http], img[src^=http]"))
					.as("external assets of %s", entry.getKey())
					.isEmpty();
				assertThat(page.document().select("script:not([src]):not([type=application/ld+json]), style, [style]"))
					.as("inline script (JSON-LD is data) or style, which the content security policy refuses, on %s",
							entry.getKey())
					.isEmpty();
			}
		}
		for (Map.Entry<String, Set<String>> target : this.fragments.entrySet()) {
			Page page = pages.get(target.getKey());
			if (page == null) {
				continue;
			}
			for (String id : target.getValue()) {
				assertThat(page.document().getElementById(id)).as("#%s on %s", id, target.getKey()).isNotNull();
			}
		}
	}

	@Test
	void aCitationPageLinksBackToThePassageThatCitesIt() throws Exception {
		Page list = fetch("/citations");
		String detail = list.document().select("table.citations a[href^=/citations/]").first().attr("href");
		Page citation = fetch(detail);
		Element back = citation.document().selectFirst("p.cited-at a");
		assertThat(back).isNotNull();
		String[] target = back.attr("href").split("#");
		assertThat(target[0]).startsWith("/documents/");
		Element passage = fetch(target[0]).document().getElementById(target[1]);
		assertThat(passage).isNotNull();
		assertThat(passage.select("a.cite-marker").attr("href")).isEqualTo(detail);
	}

	@Test
	void aBadParameterIsA400PageSayingWhatWasWrong() throws Exception {
		for (String stars : new String[] { "7", "abc" }) {
			Page page = fetch("/documents/moscow-1956-the-silenced-spring/reviews?stars=" + stars);
			assertThat(page.status()).isEqualTo(400);
			assertThat(page.document().select("h1").text()).isEqualTo("This request cannot be answered");
			assertThat(page.document().select("p.message").text()).contains("from 1 to 5, or \"unrated\"")
				.contains("\"" + stars + "\" is neither");
			assertThat(page.document().text()).doesNotContain("Exception").doesNotContain("at org.");
		}
		assertThat(fetch("/citations/abc").status()).isEqualTo(400);
		assertThat(fetch("/?page=abc").document().select("p.message").text())
			.isEqualTo("The parameter \"page\" must be a whole number; \"abc\" is not.");
	}

	@Test
	void aMissingSlugOrIdIsA404Page() throws Exception {
		Page slug = fetch("/documents/no-such-document");
		assertThat(slug.status()).isEqualTo(404);
		assertThat(slug.document().select("p.message").text())
			.isEqualTo("There is no document \"no-such-document\" in the corpus.");
		assertThat(fetch("/citations/999999").status()).isEqualTo(404);
		assertThat(fetch("/documents/no-such-document/source").status()).isEqualTo(404);
		assertThat(fetch("/no/such/page").status()).isEqualTo(404);
	}

	private final Map<String, Set<String>> fragments = new HashMap<>();

	private Map<String, Page> walk(String start) throws IOException, InterruptedException {
		Map<String, Page> seen = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>();
		queue.add(start);
		Set<String> queued = new HashSet<>(queue);
		Map<String, Integer> shapes = new HashMap<>();
		while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
			String path = queue.poll();
			Page page = fetch(path);
			seen.put(path, page);
			if (!page.html()) {
				continue;
			}
			for (Element link : page.document().select("a[href], link[href]")) {
				String href = link.attr("href");
				if (!href.startsWith("/")) {
					continue;
				}
				String[] parts = href.split("#", 2);
				if (parts.length == 2 && !parts[1].isEmpty()) {
					this.fragments.computeIfAbsent(parts[0].isEmpty() ? path : parts[0], (k) -> new HashSet<>())
						.add(parts[1]);
				}
				String target = parts[0].isEmpty() ? path : parts[0];
				if (queued.add(target) && shapes.merge(shape(target), 1, Integer::sum) <= PER_SHAPE) {
					queue.add(target);
				}
			}
		}
		assertThat(queue).as("pages left unvisited").isEmpty();
		return seen;
	}

	/** A path's route and parameter names: slugs, ids and values replaced by "*". */
	static String shape(String path) {
		String[] parts = path.split("\\?", 2);
		String route = parts[0].replaceAll("/[^/]*[0-9-][^/]*", "/*");
		if (parts.length == 1) {
			return route;
		}
		return route + "?"
				+ java.util.Arrays.stream(parts[1].split("&"))
					.map((p) -> p.replaceFirst("=.*", ""))
					.sorted()
					.collect(java.util.stream.Collectors.joining("&"));
	}

	private Page fetch(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
		return new Page(response.statusCode(), html, html ? Jsoup.parse(response.body(), this.base + path) : null);
	}

	record Page(int status, boolean html, org.jsoup.nodes.Document document) {

	}

}

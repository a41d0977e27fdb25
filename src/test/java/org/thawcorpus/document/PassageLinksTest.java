package org.thawcorpus.document;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.LongSources;
import org.thawcorpus.annotation.EntityService;
import org.thawcorpus.annotation.MentionView;
import org.thawcorpus.annotation.TimelineService;
import org.thawcorpus.importer.ImportStatus;
import org.thawcorpus.importer.SourceImporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every link the application makes to a passage of a long, paged document lands on the
 * page that holds it: the fragment names an element of the page the address gives.
 */
@CorpusTest
class PassageLinksTest {

	/**
	 * Paragraphs per section of the long article; it mentions Khrushchev in paragraph
	 * 400.
	 */
	private static final int PER_SECTION = 8;

	private static final int MENTIONING = 400;

	@TempDir
	Path dir;

	@Autowired
	SourceImporter importer;

	@Autowired
	DocumentRepository documents;

	@Autowired
	PassageRepository passages;

	@Autowired
	EntityService entities;

	@Autowired
	TimelineService timeline;

	@Autowired
	MockMvc mvc;

	private final Map<String, org.jsoup.nodes.Document> fetched = new HashMap<>();

	private Document imported(Path file) {
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.IMPORTED);
		return this.documents.findBySourcePath(file.toString()).orElseThrow();
	}

	private Document longArticle() throws IOException {
		return imported(LongSources.article(this.dir, "A Long Article", 60, PER_SECTION, MENTIONING));
	}

	private String html(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * The address lands on a page of the reading view that holds its fragment's element
	 * (each page is fetched once per test).
	 */
	private void landsOnItsAnchor(String href) throws Exception {
		landsOnItsAnchor("", href);
	}

	/**
	 * As {@link #landsOnItsAnchor(String)}, for a link found on a page at {@code from}.
	 */
	private void landsOnItsAnchor(String from, String href) throws Exception {
		URI uri = URI.create(href.startsWith("#") ? from + href : href);
		assertThat(uri.getFragment()).as("fragment of %s", href).isNotBlank();
		String path = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		org.jsoup.nodes.Document page = this.fetched.get(path);
		if (page == null) {
			page = Jsoup.parse(html(path));
			this.fetched.put(path, page);
		}
		assertThat(page.getElementById(uri.getFragment())).as("element of %s", href).isNotNull();
	}

	/** The page of the reading view a link names; 1 without a page parameter. */
	private static int pageOf(String href) {
		Matcher page = Pattern.compile("[?&]page=(\\d+)").matcher(href);
		return page.find() ? Integer.parseInt(page.group(1)) : 1;
	}

	private String anchorOfParagraph(Document document, int n) {
		return this.passages.findByDocumentIdAndRoleInOrderByPosition(document.getId(), List.of(PassageRole.BODY))
			.stream()
			.filter((p) -> p.getText().contains(LongSources.word(n)))
			.findFirst()
			.orElseThrow()
			.getAnchor();
	}

	@Test
	void aSearchHitLandsOnThePageHoldingItsPassage() throws Exception {
		Document article = longArticle();
		String href = Jsoup.parse(html("/search?q=" + LongSources.word(MENTIONING))).select("a.hit-link").attr("href");
		assertThat(href).contains("/documents/" + article.getSlug() + "?page=")
			.endsWith("#" + anchorOfParagraph(article, MENTIONING));
		assertThat(pageOf(href)).isGreaterThan(1);
		landsOnItsAnchor(href);
		assertThat(Jsoup.parse(html(href.substring(0, href.indexOf('#')))).select("mark").text())
			.contains(LongSources.word(MENTIONING));
	}

	@Test
	void anEntityMentionAndATimelineYearLandOnThePageHoldingTheirPassage() throws Exception {
		Document article = longArticle();
		List<String> hrefs = new ArrayList<>();
		this.entities.entity("nikita-khrushchev", 0, 1000)
			.mentions()
			.stream()
			.filter((m) -> m.documentSlug().equals(article.getSlug()))
			.map(MentionView::href)
			.forEach(hrefs::add);
		this.timeline.year(1961, 0, 1000)
			.stream()
			.filter((m) -> m.documentSlug().equals(article.getSlug()))
			.map(MentionView::href)
			.forEach(hrefs::add);
		assertThat(hrefs).hasSize(2).allMatch((h) -> pageOf(h) > 1);
		for (String href : hrefs) {
			landsOnItsAnchor(href);
		}
	}

	@Test
	void theCitationPagesLinkToThePagesHoldingTheCitingPassages() throws Exception {
		Document article = longArticle();
		String last = Jsoup.parse(html("/documents/" + article.getSlug() + "?page=" + lastPage(article)))
			.select("a.cite-marker")
			.last()
			.attr("href");
		org.jsoup.nodes.Document detail = Jsoup.parse(html(last));
		List<String> hrefs = new ArrayList<>(detail.select(".cited-at a").eachAttr("href"));
		hrefs.addAll(detail.select("section[aria-labelledby=same-work-heading] li > a:first-child").eachAttr("href"));
		assertThat(hrefs).hasSizeGreaterThan(50);
		assertThat(hrefs.stream().map(PassageLinksTest::pageOf).distinct()).hasSizeGreaterThan(3);
		for (String href : hrefs) {
			landsOnItsAnchor(href);
		}
	}

	@Test
	void theCitePagesPermalinkRedirectsToThePassageAndItsBackLinkLandsOnIt() throws Exception {
		Document article = longArticle();
		String anchor = anchorOfParagraph(article, MENTIONING);
		org.jsoup.nodes.Document cite = Jsoup.parse(html("/documents/" + article.getSlug() + "/cite/" + anchor));
		String permalink = cite.select("dl.fields dt:containsOwn(Permalink) + dd a").attr("href");
		assertThat(permalink).isEqualTo("http://localhost/documents/" + article.getSlug() + "?at=" + anchor);
		String redirect = this.mvc.perform(get(URI.create(permalink).getRawPath() + "?at=" + anchor))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		landsOnItsAnchor(redirect);
		landsOnItsAnchor(cite.select("p.kind a").attr("href"));
		assertThat(this.mvc.perform(get("/api/documents/" + article.getSlug() + "/cite/" + anchor))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Copy read at " + permalink + ".");
	}

	@Test
	void theSourceViewLinksEachLineToThePageHoldingItsPassageAndBack() throws Exception {
		Document article = longArticle();
		String anchor = anchorOfParagraph(article, MENTIONING);
		Passage passage = this.passages.findByDocumentIdAndAnchor(article.getId(), anchor).orElseThrow();
		org.jsoup.nodes.Document source = Jsoup
			.parse(html("/documents/" + article.getSlug() + "/source?lines=" + passage.getFirstLine()));
		String href = source.select("#L" + passage.getFirstLine() + " td.became a").first().attr("href");
		assertThat(pageOf(href)).isGreaterThan(1);
		landsOnItsAnchor(href);
		org.jsoup.nodes.Document reading = Jsoup.parse(html(href.substring(0, href.indexOf('#'))));
		String back = reading.getElementById(anchor).select("a.passage-anchor").attr("href");
		assertThat(Jsoup.parse(html(back.substring(0, back.indexOf('#')))).getElementById("L" + passage.getFirstLine()))
			.isNotNull();
	}

	@Test
	void theContentsLinksEverySectionToThePageHoldingItsHeading() throws Exception {
		Document article = longArticle();
		String path = "/documents/" + article.getSlug();
		org.jsoup.nodes.Document first = Jsoup.parse(html(path));
		List<String> hrefs = first.select(".contents a").eachAttr("href");
		assertThat(hrefs).hasSize(60);
		assertThat(hrefs.stream().filter((h) -> h.startsWith("#"))).isNotEmpty();
		assertThat(first.select(".contents summary").text())
			.isEqualTo("Contents: 60 sections on " + lastPage(article) + " pages");
		for (String href : hrefs) {
			landsOnItsAnchor(path, href);
		}
	}

	@Test
	void aFootnoteMarkersArrowLandsOnItsEntryInTheWorksCitedPagesLater() throws Exception {
		Document wiki = imported(LongSources.grownWikiPage(this.dir, 300));
		List<String> hrefs = Jsoup.parse(html("/documents/" + wiki.getSlug())).select("a.cite-entry").eachAttr("href");
		assertThat(hrefs).isNotEmpty().allMatch((h) -> pageOf(h) > 1);
		for (String href : hrefs) {
			landsOnItsAnchor(href);
		}
	}

	@Test
	void aReplyLinksToTheCommentItAnswersAndALongCommentToWhereItBegins() throws Exception {
		Document blog = imported(LongSources.blog(this.dir, "Queues and Coupons", 250, 150));
		assertThat(blog.getCommentCount()).isEqualTo(250);
		int pages = lastPage(blog);
		List<String> replies = new ArrayList<>();
		List<String> continued = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (int n = 1; n <= pages; n++) {
			org.jsoup.nodes.Document page = Jsoup.parse(html("/documents/" + blog.getSlug() + "?page=" + n));
			replies.addAll(page.select("a.reply-to").eachAttr("href"));
			page.select(".comment-meta a:first-child")
				.stream()
				.filter((a) -> a.text().endsWith("(continued)"))
				.map((a) -> a.attr("href"))
				.forEach(continued::add);
			ids.addAll(page.select("main [id]").eachAttr("id"));
		}
		assertThat(continued).isNotEmpty().allMatch((h) -> h.endsWith("#c2"));
		assertThat(replies).hasSize(249 + continued.size()).allMatch((h) -> h.endsWith("#c1"));
		assertThat(replies.stream().filter((h) -> h.equals("/documents/" + blog.getSlug() + "#c1")))
			.hasSizeGreaterThan(200);
		landsOnItsAnchor(replies.get(replies.size() - 1));
		landsOnItsAnchor(continued.get(0));
		assertThat(ids.stream().filter((id) -> id.matches("[pc]\\d+(-\\d+)?")).toList()).hasSize(3 + 250 + 150 + 249)
			.doesNotHaveDuplicates();
	}

	@Test
	void anAnchorOfAReviewLeadsToTheReadingViewOrTheReviewListAsBefore() throws Exception {
		Path file = this.dir.resolve("long-page.txt");
		try (InputStream in = PassageLinksTest.class.getResourceAsStream("/fixtures/book/long-page.txt")) {
			Files.write(file, in.readAllBytes());
		}
		Document book = imported(file);
		assertThat(book.getReviewCount()).isGreaterThan(ReviewPlacement.PER_PAGE);
		assertThat(redirect(book, "r2")).isEqualTo("/documents/" + book.getSlug() + "#r2");
		assertThat(redirect(book, "r12-1")).isEqualTo("/documents/" + book.getSlug() + "/reviews#r12-1");
		assertThat(redirect(book, "r" + (ReviewPlacement.PER_PAGE + 2)))
			.isEqualTo("/documents/" + book.getSlug() + "/reviews?page=2#r" + (ReviewPlacement.PER_PAGE + 2));
	}

	private String redirect(Document document, String anchor) throws Exception {
		return this.mvc.perform(get("/documents/" + document.getSlug()).param("at", anchor))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private int lastPage(Document document) throws Exception {
		Element words = Jsoup.parse(html("/documents/" + document.getSlug())).select(".page-words").first();
		return Integer.parseInt(words.text().replaceAll("^Page 1 of ", ""));
	}

}

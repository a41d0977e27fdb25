package org.thawcorpus.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.document.Byline;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.SourceFormat;
import org.thawcorpus.importer.ImportReport.LineMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Saved web pages go through the importer beside text copies. */
@CorpusTest
class PageImportTest {

	@TempDir
	Path dir;

	@Autowired
	SourceImporter importer;

	@Autowired
	DocumentRepository documents;

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportReportService reports;

	private Path copy(String fixture, String name) throws IOException {
		return copyResource("/fixtures/html/" + fixture, name);
	}

	private Path copyResource(String resource, String name) throws IOException {
		try (InputStream in = PageImportTest.class.getResourceAsStream(resource)) {
			Path file = this.dir.resolve(name);
			Files.write(file, in.readAllBytes());
			return file;
		}
	}

	@Test
	void importsASavedPageAndCountsItsBlocksAsContentAndFurniture() throws Exception {
		ImportOutcome outcome = this.importer.importFile(copy("essay-page.html", "festival.html"));
		assertThat(outcome.status()).isEqualTo(ImportStatus.IMPORTED);
		assertThat(outcome.message()).startsWith("Imported a saved page as plain text")
			.contains("22 text blocks: 8 content, 14 furniture, 0 fell through");
		Document document = this.documents.findBySourcePath(this.dir.resolve("festival.html").toString()).orElseThrow();
		assertThat(document.getFormat()).isEqualTo(SourceFormat.PAGE);
		assertThat(document.getTitle()).isEqualTo("Festival Notes");
	}

	@Test
	void aSavedBlogPostKeepsItsAuthorDateAndBlogAndTheReadingViewShowsThem() throws Exception {
		Path file = copyResource("/fixtures/blog/html/blogger-threaded.html", "spring.html");
		ImportOutcome outcome = this.importer.importFile(file);
		assertThat(outcome.message()).startsWith("Imported a saved page as a blog post");
		Document document = this.documents.findBySourcePath(file.toString()).orElseThrow();
		assertThat(document.getByline()).isEqualTo(new Byline("Mirra Leontieva", LocalDate.of(2013, 3, 3), "Thaw Reels",
				"http://thawreels.example.com/2013/03/a-spring-that-came-late.html"));
		assertThat(document.getCommentCount()).isEqualTo(4);
		this.mvc.perform(get("/documents/{slug}", document.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("By <span itemprop=\"author\">Mirra Leontieva</span>")))
			.andExpect(content()
				.string(containsString("<time itemprop=\"datePublished\" datetime=\"2013-03-03\">3 March 2013</time>")))
			.andExpect(content().string(containsString("<span>Thaw Reels</span>")));
	}

	@Test
	void aSavedWikiPagesFootnoteMarkersLinkToTheirEntriesInTheReadingView() throws Exception {
		Path file = copyResource("/fixtures/article/html/wikipedia-2016-film-club.html", "club.html");
		assertThat(this.importer.importFile(file).message())
			.startsWith("Imported a saved page as an encyclopedia article");
		Document document = this.documents.findBySourcePath(file.toString()).orElseThrow();
		String html = this.mvc.perform(get("/documents/{slug}", document.getSlug()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher links = Pattern.compile("class=\"cite-entry\" href=\"#(w\\d+)\"").matcher(html);
		List<String> targets = new ArrayList<>();
		while (links.find()) {
			targets.add(links.group(1));
		}
		assertThat(targets).isNotEmpty();
		for (String target : targets) {
			assertThat(html).contains("class=\"passage\" id=\"" + target + "\"");
		}
	}

	@Test
	void aSavedReviewsPagesStarsFilterItsReviewPanel() throws Exception {
		Path file = copyResource("/fixtures/book/html/all-reviews.html", "reviews.html");
		assertThat(this.importer.importFile(file).message()).startsWith("Imported a saved page as a book page");
		Document document = this.documents.findBySourcePath(file.toString()).orElseThrow();
		assertThat(document.getReviewCount()).isEqualTo(6);
		assertThat(reviewsShown(document, "1")).isEqualTo(3);
		assertThat(reviewsShown(document, "2")).isEqualTo(2);
		assertThat(reviewsShown(document, "5")).isZero();
	}

	private int reviewsShown(Document document, String stars) throws Exception {
		String html = this.mvc.perform(get("/documents/{slug}/reviews", document.getSlug()).param("stars", stars))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return (int) Pattern.compile("<article[^>]* class=\"review\"").matcher(html).results().count();
	}

	@Test
	void aFileThatOpensAsHtmlIsAPageWhateverItsName() throws Exception {
		ImportOutcome outcome = this.importer.importFile(copy("essay-page.html", "festival.txt"));
		assertThat(outcome.message()).startsWith("Imported a saved page");
	}

	@Test
	void theSamePageSavedAndCopiedAsTextIsReportedAsTwoCopiesAndGroupedOnTheCorpusPage() throws Exception {
		this.importer.importFile(copy("essay-page.html", "festival.html"));
		Path text = this.dir.resolve("festival-copy.txt");
		Files.writeString(text, """
				Festival Notes

				The youth festival of that summer brought thousands of visitors to the capital.
				Many came by train.

				Arrivals

				Delegations arrived from forty countries, and the

				city changed for two weeks.
				""");
		ImportOutcome outcome = this.importer.importFile(text);
		assertThat(outcome.status()).isEqualTo(ImportStatus.IMPORTED);
		Document copy = this.documents.findBySourcePath(text.toString()).orElseThrow();
		Document page = this.documents.findBySourcePath(this.dir.resolve("festival.html").toString()).orElseThrow();
		assertThat(copy.getCopyOf()).isEqualTo(page.getSlug());
		assertThat(this.reports.warnings(List.of(text.toString())).get(text.toString()))
			.extracting(LineMessage::message)
			.anyMatch((m) -> m.startsWith("Another copy of the page imported from festival.html (saved web page)"));
		String corpus = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(corpus).contains("another copy of <a href=\"/documents/" + page.getSlug() + "\">the same page</a>")
			.contains("(saved web page)");
	}

	@Test
	void readsTheDeclaredCharset() throws Exception {
		this.importer.importFile(copy("windows-1252.html", "cafe.htm"));
		Document document = this.documents.findBySourcePath(this.dir.resolve("cafe.htm").toString()).orElseThrow();
		assertThat(document.getTitle()).isEqualTo("Caf\u00e9 Warszawa");
	}

	@Test
	void theSourceViewShowsEachBlockWithItsElementAndItsMarkupOnlyAsText() throws Exception {
		this.importer.importFile(copy("essay-page.html", "festival.html"));
		String slug = this.documents.findBySourcePath(this.dir.resolve("festival.html").toString())
			.orElseThrow()
			.getSlug();
		String source = this.mvc.perform(get("/documents/{slug}/source", slug))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(source).contains("A saved web page: 22 text blocks, 8 of them content, 14 page furniture")
			.contains("<code>main#main &gt; article &gt; h2</code>")
			.contains("Furniture: cookie notice")
			.doesNotContain("https://elsewhere.example.net/\"")
			.doesNotContain("document.write");
		int block = blockOf(source, "Delegations arrived");
		String page = this.mvc.perform(get("/documents/{slug}/source/blocks/{n}", slug, block))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Delegations arrived from &lt;a href=&quot;https://elsewhere.example.net/&quot;&gt;")
			.doesNotContain("<a href=\"https://elsewhere.example.net/\">");
		this.mvc.perform(get("/documents/{slug}/source/blocks/{n}", slug, 999)).andExpect(status().isNotFound());
		this.mvc.perform(get("/documents/{slug}/source/blocks/{n}", slug, "x1")).andExpect(status().isBadRequest());
	}

	private static int blockOf(String source, String text) {
		int at = source.indexOf(text);
		int row = source.lastIndexOf("id=\"L", at);
		return Integer.parseInt(source.substring(row + 5, source.indexOf('"', row + 5)));
	}

}

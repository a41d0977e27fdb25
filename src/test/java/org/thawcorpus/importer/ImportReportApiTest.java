package org.thawcorpus.importer;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import report of the seeds, as JSON. */
@CorpusTest
class ImportReportApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void reportsEachSeedImportedWithEveryLineAccountedFor() throws Exception {
		this.mvc.perform(get("/api/import-report"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.files", hasSize(3)))
			.andExpect(jsonPath("$.files[*].file",
					contains("000_cf6c488935fe36eb.txt", "001_36527dddacbc64c7.txt", "002_12126d8ba7d39fd3.txt")))
			.andExpect(jsonPath("$.files[*].kind", contains("ENCYCLOPEDIA_ARTICLE", "BLOG_POST", "BOOK_PAGE")))
			.andExpect(jsonPath("$.files[*].status", everyItem(org.hamcrest.Matchers.is("IMPORTED"))))
			.andExpect(jsonPath("$.files[*].linesTotal", contains(7, 14, 111)))
			.andExpect(jsonPath("$.files[*].linesAccounted", contains(7, 14, 111)))
			.andExpect(jsonPath("$.files[0].unaccounted", hasSize(0)))
			.andExpect(jsonPath("$.files[2].unaccounted", hasSize(0)));
	}

	@Test
	void pagesTheFilesByPath() throws Exception {
		this.mvc.perform(get("/api/import-report").param("size", "2").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.files[*].file", contains("002_12126d8ba7d39fd3.txt")))
			.andExpect(header().string("X-Total-Count", "3"))
			.andExpect(header().string("Link", containsString("size=2&page=1>; rel=\"prev\"")));
	}

	@Test
	void listsTheWarningsOfEachFileWithTheirLines() throws Exception {
		this.mvc.perform(get("/api/import-report"))
			.andExpect(jsonPath("$.files[1].warnings[*].line", contains(17, 22)))
			.andExpect(jsonPath("$.files[1].warnings[1].message", containsString("claims 6 comments")))
			.andExpect(jsonPath("$.files[2].warnings[0].line").value(47))
			.andExpect(jsonPath("$.files[2].warnings[0].message", containsString("claims 11 reviews")))
			.andExpect(jsonPath("$.files[2].warnings[0].message", containsString("holds 10")));
	}

}

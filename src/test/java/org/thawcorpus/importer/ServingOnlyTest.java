package org.thawcorpus.importer;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An instance with {@code thaw.import.enabled=false} only serves: it imports nothing,
 * neither syncs the register nor checks the search index, and is ready at once.
 */
@SpringBootTest(properties = { "thaw.import.enabled=false", "thaw.startup.await=false" })
@AutoConfigureMockMvc
class ServingOnlyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importsNothingSyncsNothingAndIsReadyAtOnce() throws Exception {
		assertThat(count("documents")).isZero();
		assertThat(count("import_records")).isZero();
		assertThat(count("entities")).as("the register was not copied").isZero();
		assertThat(count("annotation_state")).isZero();
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.searchIndex.status").value("UP"));
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The corpus is empty: nothing has been imported yet.")))
			.andExpect(content().string(not(containsString("<progress"))));
		this.mvc.perform(get("/api/import-status"))
			.andExpect(jsonPath("$.step").value("done"))
			.andExpect(jsonPath("$.working").value(false))
			.andExpect(jsonPath("$.files").doesNotExist());
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}

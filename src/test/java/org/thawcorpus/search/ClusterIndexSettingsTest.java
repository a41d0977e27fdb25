package org.thawcorpus.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster's index settings let a search read what the application asks of it: the
 * longest passage the importer accepts, and a whole concordance in one request.
 */
class ClusterIndexSettingsTest {

	/** The longest line (and so passage) the importer accepts, in characters. */
	private static final int LONGEST_PASSAGE = 1_048_576;

	@Test
	void theLongestPassageIsHighlightedAndAWholeConcordanceReadInOneRequest() throws IOException {
		try (Reader reader = new InputStreamReader(
				new ClassPathResource("search/cluster-index-settings.json").getInputStream(), StandardCharsets.UTF_8)) {
			JsonObject settings = JsonParser.parseReader(reader).getAsJsonObject();
			assertThat(settings.getAsJsonObject("highlight").get("max_analyzed_offset").getAsLong())
				.isGreaterThan(LONGEST_PASSAGE);
			assertThat(settings.get("max_result_window").getAsLong()).isGreaterThan(Concordance.MAX_PASSAGES);
		}
	}

}

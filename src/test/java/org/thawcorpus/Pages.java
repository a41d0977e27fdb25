package org.thawcorpus;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pages and exports of the application fetched through MockMvc, answered with 200. */
public final class Pages {

	private Pages() {
	}

	/** The body of the answer to a GET of the path, which must succeed. */
	public static String text(MockMvc mvc, String path) throws Exception {
		return mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The page at the path, parsed. */
	public static Document html(MockMvc mvc, String path) throws Exception {
		return Jsoup.parse(text(mvc, path));
	}

}

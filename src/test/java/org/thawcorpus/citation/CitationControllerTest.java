package org.thawcorpus.citation;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Page;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.citation.export.ReferenceFormatter;
import org.thawcorpus.document.PassageLinks;
import org.thawcorpus.system.NotFoundException;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(CitationController.class)
class CitationControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CitationService citations;

	@MockitoBean
	ReferenceFormatter formatter;

	@MockitoBean
	PassageLinks links;

	@Test
	void listsCitationsAPageAtATime() throws Exception {
		given(this.citations.listPage(any())).willReturn(Page.empty());
		this.mvc.perform(get("/citations"))
			.andExpect(status().isOk())
			.andExpect(view().name("citations/list"))
			.andExpect(model().attributeExists("citations", "formats"));
	}

	@Test
	void rendersAnUnknownCitationAsA404Page() throws Exception {
		given(this.citations.detail(42)).willThrow(new NotFoundException("There is no citation 42 in the corpus."));
		this.mvc.perform(get("/citations/42"))
			.andExpect(status().isNotFound())
			.andExpect(model().attribute("message", "There is no citation 42 in the corpus."));
	}

	@Test
	void refusesAStyleItDoesNotKnow() throws Exception {
		this.mvc.perform(get("/citations/42").param("style", "harvard"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attribute("message",
					"The style must be one of chicago, chicago-author-date, apa, mla; \"harvard\" is none of these."));
	}

	@Test
	void refusesAnIdThatIsNotANumber() throws Exception {
		this.mvc.perform(get("/citations/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attribute("message", "The parameter \"id\" must be a whole number; \"abc\" is not."));
	}

}

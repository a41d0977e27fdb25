package org.thawcorpus.reading;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.annotation.AnnotationMarks;
import org.thawcorpus.citation.export.Reference;
import org.thawcorpus.citation.export.ReferenceType;
import org.thawcorpus.document.DocumentView;
import org.thawcorpus.document.PassageLinks;
import org.thawcorpus.document.SourceFormat;
import org.thawcorpus.document.SourceLine;
import org.thawcorpus.document.SourceLineRepository;
import org.thawcorpus.markup.PassageMarks;
import org.thawcorpus.markup.PassageMarkup;
import org.thawcorpus.markup.PassageView;
import org.thawcorpus.review.ReviewService;
import org.thawcorpus.search.CorpusSearch;
import org.thawcorpus.search.QueryMatches;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.text.TextKind;
import org.thawcorpus.system.NotFoundException;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(DocumentController.class)
class DocumentControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DocumentReader reader;

	@MockitoBean
	ReviewService reviews;

	@MockitoBean
	SourceLineRepository sourceLines;

	@MockitoBean
	AnnotationMarks annotations;

	@MockitoBean
	CorpusSearch search;

	@MockitoBean
	PassageLinks links;

	@MockitoBean
	PassageCiting citing;

	@MockitoBean
	SourceLineWords words;

	@BeforeEach
	void noAnnotations() {
		given(this.annotations.marks(any())).willReturn(PassageMarks.NONE);
		given(this.search.matchesIn(any(), any())).willReturn(QueryMatches.NONE);
	}

	private static DocumentView essay(int lineCount, int linesPresent, int linesAccounted) {
		return new DocumentView(3L, "essay", "An Essay", TextKind.KIND, "essay.txt", SourceFormat.TEXT, lineCount,
				linesPresent, linesAccounted, 0, 1, 0, 0, 0, null, Instant.EPOCH, null);
	}

	@Test
	void rendersTheReadingView() throws Exception {
		DocumentView essay = essay(12, 1, 1);
		PassageView passage = new PassageView("p1", 1, "Only paragraph.", 3, 3,
				PassageMarkup.segments("Only paragraph.", List.of()), List.of());
		given(this.reader.read("essay", PageParameter.FIRST, PassageMarks.NONE)).willReturn(new Reading(essay,
				List.of(new SectionView(null, SectionRole.BODY, null, List.of(passage))), null, List.of(), List.of()));
		given(this.citing.source(eq("essay"), any()))
			.willReturn(Reference.builder(ReferenceType.WEBPAGE).title("An essay").build());
		this.mvc.perform(get("/documents/essay"))
			.andExpect(status().isOk())
			.andExpect(view().name("documents/document"))
			.andExpect(model().attributeExists("reading"))
			.andExpect(content().string(containsString("<meta name=\"DC.title\" content=\"An essay\">")))
			.andExpect(content().string(containsString("Only paragraph.")))
			.andExpect(content().string(containsString("href=\"/documents/essay/source?lines=3-3#L3\"")));
	}

	@Test
	void rendersAMissingDocumentAsA404Page() throws Exception {
		given(this.reader.read("gone", PageParameter.FIRST, PassageMarks.NONE))
			.willThrow(new NotFoundException("There is no document \"gone\" in the corpus."));
		this.mvc.perform(get("/documents/gone"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("message", "There is no document \"gone\" in the corpus."));
	}

	@Test
	void rendersTheSourceViewAtTheRightPageForALineRange() throws Exception {
		DocumentView essay = essay(1200, 1, 1);
		given(this.reader.document("essay")).willReturn(essay);
		Page<SourceLine> lines = new PageImpl<>(List.of(), Pageable.ofSize(500), 0);
		given(this.sourceLines.findByDocumentIdOrderByLine(any(), any())).willReturn(lines);
		this.mvc.perform(get("/documents/essay/source").param("lines", "700-702"))
			.andExpect(status().isOk())
			.andExpect(view().name("documents/source"))
			.andExpect(model().attribute("selected", new LineRange(700, 702)));
		org.mockito.Mockito.verify(this.sourceLines)
			.findByDocumentIdOrderByLine(org.mockito.ArgumentMatchers.eq(3L),
					org.mockito.ArgumentMatchers.argThat((Pageable p) -> p.getPageNumber() == 1));
	}

	@Test
	void refusesALineRangeItCannotRead() throws Exception {
		given(this.reader.document("essay")).willReturn(essay(12, 1, 1));
		this.mvc.perform(get("/documents/essay/source").param("lines", "3-1"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attribute("message", containsString("\"3-1\" is empty")));
		this.mvc.perform(get("/documents/essay/source").param("lines", "twelve"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("a line number such as 12 or a range such as 12-15")));
	}

	@Test
	void refusesALineBeyondTheEndOfTheSource() throws Exception {
		DocumentView essay = essay(5, 5, 5);
		given(this.reader.document("essay")).willReturn(essay);
		this.mvc.perform(get("/documents/essay/source").param("lines", "9"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attribute("message", "\"An Essay\" has 5 lines; there is no line 9."));
		org.mockito.Mockito.verify(this.reviews, org.mockito.Mockito.never()).countsPresent(anyLong());
	}

}

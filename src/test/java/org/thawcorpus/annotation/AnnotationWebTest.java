package org.thawcorpus.annotation;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.annotation.parse.EntityType;
import org.thawcorpus.annotation.parse.Register;
import org.thawcorpus.system.ApiPaging;
import org.thawcorpus.system.NotFoundException;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest({ EntityController.class, TimelineController.class, AnnotationApiController.class })
class AnnotationWebTest {

	private static final NamedEntity KHRUSHCHEV = new NamedEntity(
			Register.standard().entry("nikita-khrushchev").orElseThrow());

	private static final DocumentCount IN_ARTICLE = new DocumentCount("nikita-khrushchev", "khrushchev-thaw",
			"Khrushchev Thaw", 7);

	private static final MentionView MENTION = new MentionView("khrushchev-thaw", "Khrushchev Thaw", "p3",
			"/documents/khrushchev-thaw#p3", new Kwic("…the death of Stalin. ", "Khrushchev", " denounced Stalin…"),
			Layer.PERSON, "nikita-khrushchev", "Nikita Khrushchev", null);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	EntityService entities;

	@MockitoBean
	TimelineService timeline;

	@Test
	void showsTheOverviewOfTheLayers() throws Exception {
		given(this.entities.summary())
			.willReturn(List.of(new LayerSummary(Layer.PERSON, 30, 33, 250), new LayerSummary(Layer.DATE, 0, 0, 90)));
		this.mvc.perform(get("/entities"))
			.andExpect(status().isOk())
			.andExpect(view().name("annotation/overview"))
			.andExpect(model().attribute("layers", hasSize(2)))
			.andExpect(content().string(containsString("href=\"/people\"")))
			.andExpect(content().string(containsString("href=\"/timeline\"")));
	}

	@Test
	void listsALayerWithItsMentionsPerDocument() throws Exception {
		given(this.entities.index(eq(EntityType.PERSON), eq(EntitySort.NAME), eq(0), anyInt()))
			.willReturn(new PageImpl<>(List.of(new EntityRow(new EntityCount("nikita-khrushchev", "Nikita Khrushchev",
					"Khrushchev, Nikita", "First Secretary", 7), List.of(IN_ARTICLE)))));
		this.mvc.perform(get("/people"))
			.andExpect(status().isOk())
			.andExpect(view().name("annotation/index"))
			.andExpect(model().attribute("layer", Layer.PERSON))
			.andExpect(content().string(containsString("href=\"/entities/nikita-khrushchev\"")))
			.andExpect(content().string(containsString("href=\"/documents/khrushchev-thaw\"")))
			.andExpect(content().string(containsString("(7)")));
	}

	@Test
	void sortsALayerByMentions() throws Exception {
		given(this.entities.index(eq(EntityType.PLACE), eq(EntitySort.MENTIONS), eq(1), anyInt()))
			.willReturn(new PageImpl<>(List.of(), PageRequest.of(1, 50), 51));
		this.mvc.perform(get("/places?sort=mentions&page=2")).andExpect(status().isOk());
		verify(this.entities).index(eq(EntityType.PLACE), eq(EntitySort.MENTIONS), eq(1), anyInt());
	}

	@Test
	void answersABadSortOrPageWith400AndAnUnknownLayerWith404() throws Exception {
		this.mvc.perform(get("/people?sort=loudest"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("by name or by mentions")));
		this.mvc.perform(get("/works?page=0")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/events?page=x")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/gods")).andExpect(status().isNotFound());
	}

	@Test
	void showsAnEntityWithItsMentionsInContext() throws Exception {
		given(this.entities.entity(eq("nikita-khrushchev"), eq(0), anyInt())).willReturn(new EntityPage(KHRUSHCHEV,
				new PageImpl<>(List.of(IN_ARTICLE)), 7, new PageImpl<>(List.of()), new PageImpl<>(List.of(MENTION))));
		this.mvc.perform(get("/entities/nikita-khrushchev"))
			.andExpect(status().isOk())
			.andExpect(view().name("annotation/entity"))
			.andExpect(model().attribute("entity", KHRUSHCHEV))
			.andExpect(content().string(containsString("<mark>Khrushchev</mark>")))
			.andExpect(content().string(containsString("href=\"/documents/khrushchev-thaw#p3\"")))
			.andExpect(content().string(containsString("Kruschev")))
			.andExpect(content().string(containsString("https://www.wikidata.org/wiki/Q19777")));
	}

	@Test
	void listsTheFirstSourcesOfAnEntityAndLinksTheRest() throws Exception {
		given(this.entities.entity(eq("nikita-khrushchev"), eq(0), anyInt()))
			.willReturn(new EntityPage(KHRUSHCHEV, new PageImpl<>(List.of(IN_ARTICLE), PageRequest.of(0, 1), 3), 9,
					new PageImpl<>(List.of(new CitingView(4, "khrushchev-thaw", "Khrushchev Thaw", 2, "Khrushchev")),
							PageRequest.of(0, 1), 2),
					new PageImpl<>(List.of(MENTION))));
		this.mvc.perform(get("/entities/nikita-khrushchev"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("9 mentions")))
			.andExpect(content().string(containsString("and 2 more sources (JSON)")))
			.andExpect(content().string(containsString("href=\"/api/entities/nikita-khrushchev/documents\"")))
			.andExpect(content().string(containsString("Cited in 2 citations")))
			.andExpect(content().string(containsString("and 1 more citation")));
	}

	@Test
	void answersAnUnknownEntityWith404() throws Exception {
		given(this.entities.entity(eq("nobody"), anyInt(), anyInt()))
			.willThrow(new NotFoundException("There is no entity \"nobody\" in the register."));
		this.mvc.perform(get("/entities/nobody"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andExpect(content().string(containsString("There is no entity")));
	}

	@Test
	void drawsTheTimelineAsAChartAndATable() throws Exception {
		List<YearCount> years = List.of(new YearCount(1953, 4, 3, 4, 2), new YearCount(1956, 20, 15, 18, 3));
		List<PeriodCount> periods = List.of(new PeriodCount(1980, 1989, 2, 2, 1));
		given(this.timeline.timeline()).willReturn(new Timeline(years, periods, TimelineChart.of(years, periods)));
		this.mvc.perform(get("/timeline"))
			.andExpect(status().isOk())
			.andExpect(view().name("annotation/timeline"))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("href=\"/timeline/1956\"")))
			.andExpect(
					content().string(containsString("1956: 20 mentions (15 of the year itself, 5 of a longer range)")))
			.andExpect(content().string(containsString("href=\"/timeline/periods/1980-1989\"")))
			.andExpect(content().string(containsString(">1980s</a>")));
	}

	@Test
	void listsTheMentionsOfAYear() throws Exception {
		MentionView date = new MentionView("khrushchev-thaw", "Khrushchev Thaw", "p6", "/documents/khrushchev-thaw#p6",
				new Kwic("came in ", "October–November 1956", "."), Layer.DATE, null, null, "1956-10/1956-11");
		given(this.timeline.year(eq(1956), eq(0), anyInt())).willReturn(new PageImpl<>(List.of(date)));
		given(this.timeline.year(eq(1850), anyInt(), anyInt()))
			.willThrow(new NotFoundException("No passage of the corpus mentions a date in 1850."));
		this.mvc.perform(get("/timeline/1956"))
			.andExpect(status().isOk())
			.andExpect(view().name("annotation/year"))
			.andExpect(content().string(containsString("Read as 1956-10/1956-11")));
		this.mvc.perform(get("/timeline/1850")).andExpect(status().isNotFound());
		this.mvc.perform(get("/timeline/fifties")).andExpect(status().isBadRequest());
	}

	@Test
	void servesTheEntitiesAsJsonAPageAtATime() throws Exception {
		given(this.entities.all(null))
			.willReturn(List.of(new EntityMentions(KHRUSHCHEV, KHRUSHCHEV.getVariants(), 7, 1),
					new EntityMentions(KHRUSHCHEV, KHRUSHCHEV.getVariants(), 2, 2)));
		this.mvc.perform(get("/api/entities"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value("nikita-khrushchev"))
			.andExpect(jsonPath("$[0].name").value("Nikita Khrushchev"))
			.andExpect(jsonPath("$[0].type").value("PERSON"))
			.andExpect(jsonPath("$[0].variants[0]").value("Nikita Khrushchev"))
			.andExpect(jsonPath("$[0].mentionCount").value(7))
			.andExpect(jsonPath("$[0].documentCount").value(1))
			.andExpect(jsonPath("$[0].documents").value(containsString("/api/entities/nikita-khrushchev/documents")));
		this.mvc.perform(get("/api/entities?size=1&page=2"))
			.andExpect(status().isOk())
			.andExpect(header().string(ApiPaging.TOTAL_COUNT, "2"))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].mentionCount").value(2));
		this.mvc.perform(get("/api/entities?size=1&page=3")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/entities?size=5000")).andExpect(status().isBadRequest());
	}

	@Test
	void filtersTheEntitiesByType() throws Exception {
		given(this.entities.all(EntityType.PLACE)).willReturn(List.of());
		this.mvc.perform(get("/api/entities?type=place")).andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
		this.mvc.perform(get("/api/entities?type=Places")).andExpect(status().isOk());
		verify(this.entities, org.mockito.Mockito.times(2)).all(EntityType.PLACE);
	}

	@Test
	void answersABadTypeWith400NamingTheValidOnes() throws Exception {
		for (String type : List.of("gods", "date")) {
			this.mvc.perform(get("/api/entities?type=" + type))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail")
					.value(containsString("the types are person, place, organisation, work and event")));
		}
	}

	@Test
	void servesAnEntityWithAPageOfItsMentionsAsJson() throws Exception {
		given(this.entities.detail(eq("nikita-khrushchev"), any()))
			.willReturn(new EntityDetail(new EntityMentions(KHRUSHCHEV, KHRUSHCHEV.getVariants(), 7, 1),
					new PageImpl<>(List.of(new EntityDetail.Mention("khrushchev-thaw", "p3", "Khrushchev", 120, 130)),
							PageRequest.of(0, 1), 7)));
		given(this.entities.detail(eq("nobody"), any()))
			.willThrow(new NotFoundException("There is no entity \"nobody\"."));
		this.mvc.perform(get("/api/entities/nikita-khrushchev?size=1"))
			.andExpect(status().isOk())
			.andExpect(header().string(ApiPaging.TOTAL_COUNT, "7"))
			.andExpect(header().string("Link", containsString("rel=\"next\"")))
			.andExpect(jsonPath("$.mentionCount").value(7))
			.andExpect(jsonPath("$.mentions", hasSize(1)))
			.andExpect(jsonPath("$.mentions[0].documentSlug").value("khrushchev-thaw"))
			.andExpect(jsonPath("$.mentions[0].anchor").value("p3"))
			.andExpect(jsonPath("$.mentions[0].text").value("Khrushchev"));
		this.mvc.perform(get("/api/entities/nobody")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/entities/nikita-khrushchev?page=0")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/entities/nikita-khrushchev?size=0")).andExpect(status().isBadRequest());
	}

	@Test
	void answersAPageOfMentionsPastTheEndWith404() throws Exception {
		given(this.entities.detail(eq("nikita-khrushchev"), any()))
			.willReturn(new EntityDetail(new EntityMentions(KHRUSHCHEV, KHRUSHCHEV.getVariants(), 7, 1),
					new PageImpl<>(List.of(), PageRequest.of(8, 1), 7)));
		this.mvc.perform(get("/api/entities/nikita-khrushchev?size=1&page=9"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("7 mentions on 7 pages")));
	}

	@Test
	void servesTheSourcesOfAnEntityAPageAtATime() throws Exception {
		given(this.entities.documents(eq("nikita-khrushchev"), any()))
			.willReturn(new PageImpl<>(List.of(IN_ARTICLE), PageRequest.of(0, 1), 3));
		this.mvc.perform(get("/api/entities/nikita-khrushchev/documents?size=1"))
			.andExpect(status().isOk())
			.andExpect(header().string(ApiPaging.TOTAL_COUNT, "3"))
			.andExpect(jsonPath("$[0].slug").value("khrushchev-thaw"))
			.andExpect(jsonPath("$[0].mentions").value(7));
	}

	@Test
	void servesTheTimelineAsJsonByYearWithTheMentionsBehindALink() throws Exception {
		given(this.timeline.years())
			.willReturn(List.of(new YearCount(1953, 4, 3, 4, 2), new YearCount(1956, 20, 15, 18, 3)));
		this.mvc.perform(get("/api/timeline"))
			.andExpect(status().isOk())
			.andExpect(header().string(ApiPaging.TOTAL_COUNT, "2"))
			.andExpect(jsonPath("$[1].year").value(1956))
			.andExpect(jsonPath("$[1].mentions").value(20))
			.andExpect(jsonPath("$[1].documents").value(3))
			.andExpect(jsonPath("$[1].href").value(containsString("/api/timeline/1956")));
		this.mvc.perform(get("/api/timeline?size=1&page=2")).andExpect(jsonPath("$[0].year").value(1956));
		this.mvc.perform(get("/api/timeline?size=1&page=3")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/timeline?size=1001")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/timeline?page=x")).andExpect(status().isBadRequest());
	}

	@Test
	void servesAYearsMentionsAsJsonAPageAtATime() throws Exception {
		given(this.timeline.yearMentions(eq(1956), any())).willReturn(new PageImpl<>(
				List.of(new TimelineMention("khrushchev-thaw", "p6", "October–November 1956", "1956-10/1956-11")),
				PageRequest.of(0, 1), 20));
		given(this.timeline.yearMentions(eq(1850), any()))
			.willThrow(new NotFoundException("No passage of the corpus mentions a date in 1850."));
		this.mvc.perform(get("/api/timeline/1956?size=1"))
			.andExpect(status().isOk())
			.andExpect(header().string(ApiPaging.TOTAL_COUNT, "20"))
			.andExpect(jsonPath("$[0].documentSlug").value("khrushchev-thaw"))
			.andExpect(jsonPath("$[0].anchor").value("p6"))
			.andExpect(jsonPath("$[0].normalized").value("1956-10/1956-11"));
		this.mvc.perform(get("/api/timeline/1850")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/timeline/fifties"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").exists());
	}

	@Test
	void servesThePeriodsAsJsonWithTheirMentionsBehindALink() throws Exception {
		given(this.timeline.periods()).willReturn(List.of(new PeriodCount(1980, 1989, 2, 2, 1)));
		given(this.timeline.periodMentions(eq(1980), eq(1989), any()))
			.willReturn(new PageImpl<>(List.of(new TimelineMention("essay", "p2", "the 1980s", "1980/1989"))));
		this.mvc.perform(get("/api/timeline/periods"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].period").value("1980/1989"))
			.andExpect(jsonPath("$[0].label").value("1980s"))
			.andExpect(jsonPath("$[0].href").value(containsString("/api/timeline/periods/1980-1989")));
		this.mvc.perform(get("/api/timeline/periods/1980-1989"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].text").value("the 1980s"));
		this.mvc.perform(get("/api/timeline/periods/1989-1980")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/timeline/periods/x-1980")).andExpect(status().isBadRequest());
	}

}

package org.thawcorpus.annotation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.annotation.parse.EntityType;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageRepository;
import org.thawcorpus.document.PassageRole;
import org.thawcorpus.importer.ImportStatus;
import org.thawcorpus.importer.SourceImporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annotations stored for the three seeds imported at start-up, and their reading
 * view.
 */
@CorpusTest
class AnnotationSeedTest {

	/** Names read by hand in the seeds, with the type each must be recognised as. */
	private static final Map<String, EntityType> NAMED_IN_SEEDS = new LinkedHashMap<>();

	static {
		for (String person : List.of("Khrushchev", "Kruschev", "Khruschev", "Khushchev", "Hruščev", "Stalin",
				"Il’ia Ehrenburg", "Eisenhower", "Gorbachev", "Wladislaw Gomulka", "Dubintsev", "Vladimir Dudintsev",
				"Varlam Shalamov", "Robert Eikhe", "Aleksei Snegov", "Anna Pankrotova", "Ksenia Chudinova",
				"Polina Zhemchuzhina", "Sarra Lavarishek", "Aleksandr Mil’chakow", "Olga Shatunovskaia", "Anna Barkova",
				"Putin", "Picasso", "Kathleen E. Smith", "Katherine Smith", "von Geldern", "Nahaylo", "Swoboda",
				"Ronald Grigor Suny", "Charles Gati", "Kemp-Welch")) {
			NAMED_IN_SEEDS.put(person, EntityType.PERSON);
		}
		for (String place : List.of("Moscow", "Georgia", "Tbilisi", "Budapest", "Hungary", "Hungry", "Poland",
				"Beijing", "People's Republic of China", "Belgrade", "Yugoslavia", "China", "Kremlin", "Leningrad",
				"Kazakhstan", "Siberia", "Sieria", "Ukraine", "Soviet Union", "USSR", "Russia", "United States",
				"England", "Eastern Europe", "Western Europe", "New York", "Soviet bloc")) {
			NAMED_IN_SEEDS.put(place, EntityType.PLACE);
		}
		for (String organisation : List.of("Communist Party", "Red Army", "Soviet army", "KGB", "Central Committee",
				"Presidium", "Soviet Writers Union", "Ministry of Internal Affairs", "KPK", "Moscow Party Committee",
				"Gulag", "Polish army", "Free Press", "Indiana University Press", "Stanford University Press",
				"St. Martin's Press")) {
			NAMED_IN_SEEDS.put(organisation, EntityType.ORGANISATION);
		}
		for (String work : List.of("THE THAW", "Оттепель", "Not by Bread Alone", "Moscow 1956: The Silenced Spring",
				"Secret Speech", "Current Digest", "NYT", "The Making of the Georgian Nation", "Stalinism in Poland")) {
			NAMED_IN_SEEDS.put(work, EntityType.WORK);
		}
		for (String event : List.of("Khrushchev Thaw", "Hungarian Revolution of 1956", "Hungarian uprising",
				"Polish October", "20th Congress of the Communist Party", "20th Party Congress", "Tito–Stalin Split",
				"de-Stalinization", "destalinization", "Sino-Soviet split", "cold war", "glasnost", "perestroika",
				"fall of the Berlin Wall", "Soviet Union’s collapse")) {
			NAMED_IN_SEEDS.put(event, EntityType.EVENT);
		}
	}

	@Autowired
	AnnotationRegister register;

	@Autowired
	EntityService entities;

	@Autowired
	TimelineService timeline;

	@Autowired
	AnnotationRepository annotations;

	@Autowired
	DocumentRepository documents;

	@Autowired
	PassageRepository passages;

	@Autowired
	RegisterSync sync;

	@Autowired
	SourceImporter importer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void findsKhrushchevInAllThreeSeeds() {
		EntityMentions khrushchev = this.entities.all(EntityType.PERSON)
			.stream()
			.filter((e) -> e.entity().getId().equals("nikita-khrushchev"))
			.findFirst()
			.orElseThrow();
		assertThat(khrushchev.documentCount()).isEqualTo(3);
		assertThat(khrushchev.mentionCount()).isGreaterThan(30);
		assertThat(this.entities.documents("nikita-khrushchev", PageRequest.of(0, 10))).hasSize(3);
		assertThat(this.entities.detail("nikita-khrushchev", PageRequest.of(0, 1000)).mentions())
			.extracting(EntityDetail.Mention::text)
			.contains("Khrushchev", "Kruschev", "Khruschev", "Khushchev", "Hruščev", "Nikita Khrushchev");
	}

	@Test
	void puts1956OnTheTimelineWithPassagesFromAllThreeSeeds() {
		List<TimelineMention> year = this.timeline.yearMentions(1956, PageRequest.of(0, 1000)).getContent();
		assertThat(year.stream().map(TimelineMention::documentSlug).distinct()).hasSize(3);
		assertThat(year).extracting(TimelineMention::normalized)
			.contains("1956-02-25", "1956-10/1956-11", "1956-09/1956-12", "1953/1964");
		assertThat(this.timeline.timeline().years()).extracting(YearCount::year).contains(1953, 1964, 1991);
	}

	@Test
	void coversThePeoplePlacesOrganisationsWorksAndEventsOfTheSeeds() {
		Map<String, Long> mentioned = this.entities.all(null)
			.stream()
			.collect(Collectors.toMap((e) -> e.entity().getId(), EntityMentions::mentionCount));
		NAMED_IN_SEEDS.forEach((name,
				type) -> assertThat(this.register.entriesNamed(name)).as(name).singleElement().satisfies((entry) -> {
					assertThat(entry.type()).as(name).isEqualTo(type);
					assertThat(mentioned.get(entry.id())).as(name + " mentioned").isPositive();
				}));
	}

	@Test
	void storesMisspellingsUnderTheirEntityAndNoNumberAsADate() {
		List<EntityDetail.Mention> hungary = this.entities.detail("hungary", PageRequest.of(0, 1000))
			.mentions()
			.getContent();
		assertThat(hungary).extracting(EntityDetail.Mention::text).contains("Hungary");
		assertThat(hungary.stream().filter((m) -> m.text().equals("Hungry"))).hasSize(3);
		assertThat(this.annotations.findAll()).filteredOn((a) -> a.getLayer() == Layer.DATE)
			.extracting(Annotation::getMatchedText)
			.noneMatch((t) -> t.contains("027") || t.contains("945") || t.contains("400") || t.contains("20th"));
		assertThat(this.annotations.findAll())
			.filteredOn((a) -> a.getMatchedText().equals("Hungarian Revolution of 1956"))
			.extracting(Annotation::getLayer)
			.containsOnly(Layer.EVENT);
	}

	@Test
	void keepsOffsetsThatPointAtTheMatchedText() {
		assertThat(this.annotations.findAll()).isNotEmpty().allSatisfy((a) -> {
			String text = this.passages.findById(a.getPassage().getId()).orElseThrow().getText();
			assertThat(text.substring(a.getStartOffset(), a.getEndOffset())).isEqualTo(a.getMatchedText());
		});
	}

	@Test
	void doesNothingAtStartWhenTheRegisterIsUnchanged() {
		long before = this.annotations.count();
		assertThat(this.sync.sync()).isFalse();
		assertThat(this.annotations.count()).isEqualTo(before);
	}

	@Test
	void givesTheSearchEverySpellingOfTheEntitiesAPassageMentions() {
		Passage passage = this.passages.findAll()
			.stream()
			.filter((p) -> p.getText().contains("Hruščev"))
			.findFirst()
			.orElseThrow();
		Set<String> terms = this.entities.searchTermsByPassage(List.of(passage.getId())).get(passage.getId());
		assertThat(terms).contains("Nikita Khrushchev", "Khrushchev", "Kruschev", "Хрущёв", "Poland", "Hungary");
	}

	@Test
	void replacesTheAnnotationsOfAReimportedFile(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("note.txt");
		Files.writeString(file, "A note on Khrushchev\n\nKhrushchev spoke in Moscow in February 1956.\n");
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.IMPORTED);
		Document first = this.documents.findBySourcePath(file.normalize().toString()).orElseThrow();
		long before = this.annotations.count();
		Files.writeString(file, "A note on Stalin\n\nStalin died in March 1953.\n");
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.IMPORTED);
		Document second = this.documents.findBySourcePath(file.normalize().toString()).orElseThrow();
		assertThat(this.annotations.findAll()).filteredOn((a) -> a.getDocument().getId().equals(first.getId()))
			.isEmpty();
		List<String> texts = this.annotations.findAll()
			.stream()
			.filter((a) -> a.getDocument().getId().equals(second.getId()))
			.map(Annotation::getMatchedText)
			.toList();
		assertThat(texts).contains("Stalin", "March 1953").doesNotContain("Khrushchev", "Moscow");
		assertThat(this.annotations.count()).isLessThan(before);
	}

	@Test
	void annotatesTheCorpusAgainWhenTheRegisterOrRulesChange() {
		long before = this.annotations.count();
		this.jdbc.sql("update annotation_state set fingerprint = 'an older register' where id = 1").update();
		assertThat(this.sync.sync()).isTrue();
		assertThat(this.annotations.count()).isEqualTo(before);
		assertThat(this.sync.sync()).isFalse();
	}

	@Test
	void rendersAnnotationsWithoutAlteringThePassageText() throws Exception {
		for (Document document : this.documents.findAll()) {
			String html = this.mvc.perform(get("/documents/{slug}", document.getSlug()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			var page = Jsoup.parse(html);
			Map<String, String> texts = this.passages
				.findByDocumentIdAndRoleInOrderByPosition(document.getId(), EnumSet.allOf(PassageRole.class))
				.stream()
				.collect(Collectors.toMap(Passage::getAnchor, Passage::getText));
			for (Element shown : page.select(".passage")) {
				Element text = shown.selectFirst(".passage-text");
				text.select(".cite-marker, .cite-tip").remove();
				assertThat(text.wholeText()).as(shown.id()).isEqualTo(texts.get(shown.id()));
				assertThat(text.select(".ann .ann")).as("nested annotation links").isEmpty();
			}
			assertThat(page.select("a.ann")).isNotEmpty();
		}
	}

	@Test
	void showsOnlyTheChosenLayers() throws Exception {
		String slug = this.documents.findAll().get(0).getSlug();
		var all = Jsoup.parse(this.mvc.perform(get("/documents/{slug}?layers=all", slug))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(all.select("a.ann-person").attr("href")).startsWith("/entities/");
		assertThat(all.select("a.ann-person").attr("data-entity")).startsWith("Person: ");
		assertThat(all.select("a.ann-date").attr("href")).startsWith("/timeline/");
		var dates = Jsoup.parse(this.mvc.perform(get("/documents/{slug}?layers=date", slug))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(dates.select("a.ann")).isNotEmpty().allSatisfy((a) -> assertThat(a.hasClass("ann-date")).isTrue());
		assertThat(dates.select("input[name=layers][value=date]").attr("checked")).isNotNull();
		assertThat(dates.select("input[name=layers][value=person][checked]")).isEmpty();
		var none = Jsoup.parse(this.mvc.perform(get("/documents/{slug}?layers=none&layers=", slug))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(none.select("a.ann")).isEmpty();
		this.mvc.perform(get("/documents/{slug}?layers=persons,gods", slug)).andExpect(status().isBadRequest());
	}

	@Test
	void keepsTheYearsOfCitationsAndTitlesOffTheTimeline() {
		List<Integer> years = this.timeline.timeline().years().stream().map(YearCount::year).toList();
		// The cited books of the article were published in 1990, 1994, 1999 and 2006.
		assertThat(years).doesNotContain(1990, 1994, 1999, 2006);
		List<Annotation> all = this.annotations.findAll();
		assertThat(all).filteredOn((a) -> a.getLayer() == Layer.PUBLICATION)
			.extracting(Annotation::getMatchedText)
			.contains("1990", "1994", "1999", "2006");
		// "Moscow 1956", the title, is a publication; 1956 the year stays history.
		assertThat(all).filteredOn((a) -> a.getLayer() == Layer.PUBLICATION && a.getMatchedText().equals("1956"))
			.isNotEmpty();
		assertThat(this.timeline.years()
			.stream()
			.flatMap((y) -> this.timeline.yearMentions(y.year(), PageRequest.of(0, 1000)).stream())
			.map(TimelineMention::normalized)).doesNotContain("1990", "1994", "1999", "2006");
	}

	@Test
	void countsADecadeAsOnePeriodNotTenYears() {
		assertThat(this.timeline.timeline().periods()).extracting(PeriodCount::label).contains("1980s", "early 1950s");
		assertThat(this.timeline.timeline().years()).extracting(YearCount::year)
			.doesNotContainAnyElementsOf(List.of(1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989));
		assertThat(this.timeline.periodMentions(1980, 1989, PageRequest.of(0, 100))).extracting(TimelineMention::text)
			.contains("1980s");
	}

	@Test
	void listsAYearsMentionsInDateOrderThenDocumentOrder() {
		List<MentionView> mentions = this.timeline.year(1956, 0, 100).getContent();
		assertThat(mentions).extracting(MentionView::normalized).isSortedAccordingTo(String::compareTo);
		assertThat(mentions.stream().filter((m) -> m.normalized().equals("1956")).map(MentionView::documentTitle))
			.isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(mentions.get(0).normalized()).isEqualTo("1953/1964");
	}

	@Test
	void sortsThePeopleIndexBySurname() throws Exception {
		var page = Jsoup.parse(this.mvc.perform(get("/people")).andReturn().getResponse().getContentAsString());
		List<String> names = page.select("table.entity-index tbody th a").eachText();
		assertThat(names).contains("Khrushchev, Nikita", "Stalin, Joseph", "Geldern, von", "Gomułka, Władysław");
		assertThat(names.indexOf("Khrushchev, Nikita")).isLessThan(names.indexOf("Stalin, Joseph"));
		assertThat(names.indexOf("Barkova, Anna")).isZero();
		assertThat(names).isSortedAccordingTo(java.util.Comparator
			.comparing((String n) -> java.text.Normalizer.normalize(n, java.text.Normalizer.Form.NFD)
				.replaceAll("\\p{M}|'", "")
				.replace('ł', 'l')
				.toLowerCase()));
	}

	@Test
	void linksEachWorkToItsCitationsAndEachCitationToItsEntry() throws Exception {
		var work = Jsoup
			.parse(this.mvc.perform(get("/entities/failed-illusions")).andReturn().getResponse().getContentAsString());
		String citation = work.select("ul.citing a").attr("href");
		assertThat(citation).startsWith("/citations/");
		assertThat(work.select("ul.citing a").text()).startsWith("Failed Illusions");
		var cited = Jsoup.parse(this.mvc.perform(get(citation)).andReturn().getResponse().getContentAsString());
		assertThat(cited.select("ul.register-links a").eachAttr("href")).first()
			.isEqualTo("/entities/failed-illusions");
		assertThat(cited.select("ul.register-links a").eachAttr("href")).contains("/entities/charles-gati");
	}

	@Test
	void startsTheReadingViewWithPeopleAndPlacesAndNeverMarksInsideACitation() throws Exception {
		String slug = "the-khrushchev-thaw";
		var first = Jsoup
			.parse(this.mvc.perform(get("/documents/{slug}", slug)).andReturn().getResponse().getContentAsString());
		assertThat(first.select("a.ann")).isNotEmpty()
			.allSatisfy((a) -> assertThat(a.hasClass("ann-person") || a.hasClass("ann-place")).isTrue());
		assertThat(first.select("input[name=layers][checked]").eachAttr("value")).containsExactly("person", "place");
		var all = Jsoup.parse(this.mvc.perform(get("/documents/{slug}?layers=all", slug))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(all.select(".cited")).isNotEmpty();
		assertThat(all.select("a.ann .cited, .cited a.ann")).isEmpty();
	}

	@Test
	void remembersTheLayersAReaderChoseLastInACookie() throws Exception {
		String slug = "the-khrushchev-thaw";
		var chosen = this.mvc.perform(get("/documents/{slug}?layers=none&layers=date&layers=event", slug))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String cookie = chosen.getHeader("Set-Cookie");
		assertThat(cookie).startsWith(LayerMemory.COOKIE + "=event.date;")
			.contains("SameSite=Lax")
			.contains("Path=/")
			.contains("HttpOnly");
		var again = Jsoup.parse(this.mvc
			.perform(get("/documents/{slug}", slug)
				.cookie(new jakarta.servlet.http.Cookie(LayerMemory.COOKIE, "event.date")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(again.select("a.ann")).isNotEmpty()
			.allSatisfy((a) -> assertThat(a.hasClass("ann-event") || a.hasClass("ann-date")).isTrue());
		assertThat(again.select("input[name=layers][checked]").eachAttr("value")).containsExactly("event", "date");
		// A cookie that names no layer is ignored, never an error.
		this.mvc
			.perform(get("/documents/{slug}", slug).cookie(new jakarta.servlet.http.Cookie(LayerMemory.COOKIE, "gods")))
			.andExpect(status().isOk());
	}

}

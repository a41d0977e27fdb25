package org.thawcorpus.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.thawcorpus.bibliography.CitationData;
import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.bibliography.PersonName;
import org.thawcorpus.citation.Citation;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentOrigin;
import org.thawcorpus.document.SourceFormat;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.Section;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.article.ArticleKind;

import static org.assertj.core.api.Assertions.assertThat;

class CitationBinderTest {

	@Test
	void indexesContributorsInBothOrders() {
		Document document = new Document("article",
				new DocumentOrigin("a.txt", "a.txt", SourceFormat.TEXT, "hash", 1, Instant.now()), ArticleKind.KIND,
				"Article");
		Section section = new Section(document, 0, new ParsedSection(null, null, SectionRole.BODY, List.of()));
		Passage passage = Passage.inSection(section, 0, new ParsedPassage("p1", "text", 1, 1));
		CitationData data = new CitationData(List.of(new PersonName("Nahaylo", "Bohdan", "Nahaylo, Bohdan")),
				List.of(new PersonName(null, null, "Free Press")), List.of(), null, null, null, null, null, null,
				Set.of());
		Citation citation = new Citation(passage, 0, new FoundCitation(0, 4, "text", (char) 0, (char) 0, data));
		assertThat(CitationBinder.contributorNames(citation)).containsExactly("Nahaylo, Bohdan", "Bohdan Nahaylo",
				"Free Press");
	}

}

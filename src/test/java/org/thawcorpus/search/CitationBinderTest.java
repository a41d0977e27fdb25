package org.thawcorpus.search;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.thawcorpus.citation.Citation;
import org.thawcorpus.citation.Contributor;
import org.thawcorpus.citation.ContributorRole;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentKind;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageRole;
import org.thawcorpus.document.Section;
import org.thawcorpus.document.SectionRole;

import static org.assertj.core.api.Assertions.assertThat;

class CitationBinderTest {

	@Test
	void indexesContributorsInBothOrders() {
		Document document = new Document("article", "a.txt", "a.txt", DocumentKind.ENCYCLOPEDIA_ARTICLE, "Article",
				"hash", 1, Instant.now());
		Passage passage = Passage.inSection(new Section(document, 0, null, null, SectionRole.BODY), PassageRole.BODY, 0,
				"p1", "text", 1, 1);
		Citation citation = new Citation(passage, 0, 0, 4, "text", null, null);
		citation.addContributor(new Contributor(ContributorRole.AUTHOR, "Nahaylo", "Bohdan", "Nahaylo, Bohdan"));
		citation.addContributor(new Contributor(ContributorRole.EDITOR, null, null, "Free Press"));
		assertThat(CitationBinder.contributorNames(citation)).containsExactly("Nahaylo, Bohdan", "Bohdan Nahaylo",
				"Free Press");
	}

}

package org.thawcorpus.citation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.thawcorpus.bibliography.CitationData;
import org.thawcorpus.bibliography.CitedEntry;
import org.thawcorpus.bibliography.FoundCitation;
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

/** A footnote marker's citation keeps the entry it points to. */
class CitationEntryTest {

	private final Passage passage = passage();

	private static Passage passage() {
		Document document = new Document("article",
				new DocumentOrigin("a.html", "a.html", SourceFormat.PAGE, "hash", 1, Instant.now()), ArticleKind.KIND,
				"Article");
		Section section = new Section(document, 0, new ParsedSection(null, null, SectionRole.BODY, List.of()));
		return Passage.inSection(section, 0, new ParsedPassage("p1", "A claim.[6]", 1, 1));
	}

	private static CitationData untitled() {
		return new CitationData(List.of(), List.of(), List.of(), null, null, null, null, "91", null, Set.of());
	}

	@Test
	void keepsTheEntryAnchorOfAMarker() {
		Citation marker = new Citation(this.passage, 0, new FoundCitation(8, 11, "[6]", '[', ']', untitled(),
				new CitedEntry("w6", "Club minutes for 1960, p. 91.")));
		assertThat(marker.getEntryAnchor()).isEqualTo("w6");
		assertThat(
				new Citation(this.passage, 1, new FoundCitation(8, 11, "[6]", '[', ']', untitled())).getEntryAnchor())
			.isNull();
	}

	@Test
	void keysAMarkerOfAnUntitledEntryByTheEntrysText() {
		Citation marker = new Citation(this.passage, 0, new FoundCitation(8, 11, "[6]", '[', ']', untitled(),
				new CitedEntry("w6", "Club minutes for 1960, p. 91.")));
		Citation entry = new Citation(this.passage, 1,
				new FoundCitation(0, 29, "Club minutes for 1960, p. 91.", (char) 0, (char) 0, untitled()));
		Citation otherDocumentsMarker = new Citation(this.passage, 2,
				new FoundCitation(8, 11, "[6]", '[', ']', untitled(), new CitedEntry("w6", "Another note.")));
		assertThat(marker.getWorkKey()).isEqualTo(entry.getWorkKey()).isNotEqualTo(otherDocumentsMarker.getWorkKey());
	}

}

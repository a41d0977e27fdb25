package org.thawcorpus.document;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.text.TextKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The passage repository and the schema's rules for passages, on the migrated schema. */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.search.enabled=false")
class PassageRepositoryTest {

	@Autowired
	EntityManager entityManager;

	@Autowired
	PassageRepository passages;

	private Document document;

	private Section lead;

	private Section sources;

	@BeforeEach
	void writeADocumentWithTwoSections() {
		this.document = new Document("essay",
				new DocumentOrigin("in/essay.txt", "essay.txt", SourceFormat.TEXT, "0".repeat(64), 10, Instant.EPOCH),
				TextKind.KIND, "An Essay");
		this.entityManager.persist(this.document);
		this.lead = new Section(this.document, 0, new ParsedSection(null, null, SectionRole.BODY, List.of()));
		this.sources = new Section(this.document, 1,
				new ParsedSection("Works Cited", 5, SectionRole.WORKS_CITED, List.of()));
		this.entityManager.persist(this.lead);
		this.entityManager.persist(this.sources);
		this.entityManager.persist(Passage.inSection(this.sources, 2, new ParsedPassage("w1", "A book.", 6, 6)));
		this.entityManager.persist(Passage.inSection(this.lead, 1, new ParsedPassage("p2", "Second.", 3, 3)));
		this.entityManager.persist(Passage.inSection(this.lead, 0, new ParsedPassage("p1", "First.", 1, 1)));
		this.entityManager.flush();
		this.entityManager.clear();
	}

	@Test
	void findsADocumentsPassagesOfSomeRolesInDocumentOrder() {
		assertThat(this.passages.findByDocumentIdAndRoleInOrderByPosition(this.document.getId(),
				EnumSet.of(PassageRole.BODY, PassageRole.WORKS_CITED)))
			.extracting(Passage::getAnchor, Passage::getRole)
			.containsExactly(tuple("p1", PassageRole.BODY), tuple("p2", PassageRole.BODY),
					tuple("w1", PassageRole.WORKS_CITED));
		assertThat(this.passages.findByDocumentIdAndAnchor(this.document.getId(), "p2")).get()
			.extracting(Passage::getText)
			.isEqualTo("Second.");
	}

	@Test
	void refusesAPassageThatBelongsToNothing() {
		assertThatThrownBy(() -> insertPassage(null, null)).isInstanceOf(PersistenceException.class)
			.hasMessageContaining("CK_PASSAGES_ONE_PARENT");
	}

	@Test
	void refusesAPassageThatBelongsToASectionAndAComment() {
		this.entityManager
			.createNativeQuery("insert into comments (id, document_id, position, anchor, first_line, last_line)"
					+ " values (900, :document, 0, 'c1', 8, 8)")
			.setParameter("document", this.document.getId())
			.executeUpdate();
		assertThatThrownBy(() -> insertPassage(this.lead.getId(), 900L)).isInstanceOf(PersistenceException.class)
			.hasMessageContaining("CK_PASSAGES_ONE_PARENT");
	}

	private void insertPassage(Long sectionId, Long commentId) {
		this.entityManager
			.createNativeQuery("insert into passages"
					+ " (id, document_id, section_id, comment_id, role, position, anchor, text, first_line, last_line)"
					+ " values (901, :document, :section, :comment, 'BODY', 9, 'p9', 'Text.', 9, 9)")
			.setParameter("document", this.document.getId())
			.setParameter("section", sectionId)
			.setParameter("comment", commentId)
			.executeUpdate();
	}

}

package org.thawcorpus.annotation;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.thawcorpus.annotation.parse.DateMention;
import org.thawcorpus.annotation.parse.EntityMention;
import org.thawcorpus.annotation.parse.TextRecognition;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageRole;

/**
 * Recognises the entities and dates of passages and stores them as annotations, in the
 * caller's transaction, from the reading the search index shares ({@link Recognitions}).
 */
@Component
public class PassageAnnotator {

	private final EntityManager entityManager;

	private final Recognitions recognitions;

	PassageAnnotator(EntityManager entityManager, Recognitions recognitions) {
		this.entityManager = entityManager;
		this.recognitions = recognitions;
	}

	/**
	 * Stores the annotations of passages that have none yet (just written, or whose
	 * annotations were deleted) and returns how many were stored. The register must be in
	 * the {@code entities} table.
	 */
	public int annotate(List<Passage> passages) {
		int stored = 0;
		for (Passage passage : passages) {
			TextRecognition recognized = this.recognitions.of(passage.getText());
			for (EntityMention mention : recognized.entities()) {
				NamedEntity entity = this.entityManager.getReference(NamedEntity.class, mention.entry().id());
				this.entityManager.persist(Annotation.of(passage, mention, entity));
				stored++;
			}
			for (DateMention mention : recognized.dates(passage.getRole() == PassageRole.WORKS_CITED)) {
				this.entityManager.persist(Annotation.of(passage, mention));
				stored++;
			}
		}
		return stored;
	}

}

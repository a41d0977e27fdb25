package org.thawcorpus.annotation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thawcorpus.annotation.parse.RegisterEntry;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.PassageRepository;
import org.thawcorpus.document.PassageRole;

/**
 * Keeps the stored annotations in step with the register, at start-up before the import
 * runs (importer/ImportRunner calls it): when the register or the recognisers' rules have
 * changed since the annotations were made, copies the register into the {@code entities}
 * table and annotates the whole corpus again, a document per transaction. Unchanged, it
 * does nothing, so it is safe at every start.
 */
@Component
public class RegisterSync {

	private static final Logger log = LoggerFactory.getLogger(RegisterSync.class);

	private final AnnotationRegister register;

	private final NamedEntityRepository entities;

	private final AnnotationRepository annotations;

	private final DocumentRepository documents;

	private final PassageRepository passages;

	private final PassageAnnotator annotator;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	RegisterSync(AnnotationRegister register, NamedEntityRepository entities, AnnotationRepository annotations,
			DocumentRepository documents, PassageRepository passages, PassageAnnotator annotator, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
		this.register = register;
		this.entities = entities;
		this.annotations = annotations;
		this.documents = documents;
		this.passages = passages;
		this.annotator = annotator;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
	}

	/**
	 * Brings entities and annotations in step with the register; returns whether anything
	 * changed.
	 */
	public boolean sync() {
		String fingerprint = this.register.fingerprint();
		List<String> stored = this.jdbc.sql("select fingerprint from annotation_state where id = 1")
			.query(String.class)
			.list();
		if (stored.equals(List.of(fingerprint))) {
			log.debug("Annotations are up to date with the register ({})", this.register.register());
			return false;
		}
		this.transactions.executeWithoutResult((status) -> {
			this.annotations.deleteEverything();
			copyRegister();
		});
		List<Long> ids = this.documents.findAll().stream().map((d) -> d.getId()).toList();
		log.info("Annotating {} documents with the {}", ids.size(), this.register.register());
		int total = 0;
		for (Long id : ids) {
			Integer made = this.transactions.execute((status) -> this.annotator.annotate(
					this.passages.findByDocumentIdAndRoleInOrderByPosition(id, EnumSet.allOf(PassageRole.class))));
			total += (made != null) ? made : 0;
		}
		this.transactions.executeWithoutResult((status) -> {
			Timestamp now = Timestamp.from(Instant.now());
			int updated = this.jdbc.sql("update annotation_state set fingerprint = ?, annotated_at = ? where id = 1")
				.params(fingerprint, now)
				.update();
			if (updated == 0) {
				this.jdbc.sql("insert into annotation_state (id, fingerprint, annotated_at) values (1, ?, ?)")
					.params(fingerprint, now)
					.update();
			}
		});
		log.info("Stored {} annotations in {} documents", total, ids.size());
		this.events.publishEvent(new RegisterChanged(fingerprint));
		return true;
	}

	private void copyRegister() {
		Map<String, NamedEntity> existing = new HashMap<>();
		this.entities.findAll().forEach((e) -> existing.put(e.getId(), e));
		for (RegisterEntry entry : this.register.register().entries()) {
			NamedEntity entity = existing.remove(entry.id());
			if (entity != null) {
				entity.update(entry);
			}
			else {
				this.entities.save(new NamedEntity(entry));
			}
		}
		this.entities.deleteAll(existing.values());
		this.entities.flush();
	}

}

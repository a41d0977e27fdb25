package org.thawcorpus.importer.write;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.thawcorpus.annotation.PassageAnnotator;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentNote;
import org.thawcorpus.document.DocumentOrigin;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageRole;
import org.thawcorpus.document.Section;
import org.thawcorpus.document.SourceLine;
import org.thawcorpus.search.CorpusIndex;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPart;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SourceLines;

/**
 * Writes a parsed document and all its parts, in the caller's transaction: its sections
 * and passages, each further part through the {@link PartWriter} of its type, its notes
 * and its source lines. Plain mapping from records to entities; no parsing happens here.
 */
@Component
public class DocumentWriter {

	private final EntityManager entityManager;

	private final PassageAnnotator annotator;

	private final CorpusIndex index;

	private final Map<Class<?>, PartWriter<?>> partWriters;

	DocumentWriter(EntityManager entityManager, PassageAnnotator annotator, CorpusIndex index,
			List<PartWriter<?>> partWriters) {
		this.entityManager = entityManager;
		this.annotator = annotator;
		this.index = index;
		this.partWriters = partWriters.stream().collect(Collectors.toMap(PartWriter::type, Function.identity()));
	}

	/**
	 * Deletes a document and, through the schema's cascades, all its parts, from the
	 * search index too.
	 */
	public void delete(Document document) {
		this.entityManager.flush();
		// The SQL delete below bypasses Hibernate Search: drop the document's entries
		// when the transaction commits.
		this.index.forgetDocument(document.getId());
		this.entityManager.createNativeQuery("delete from documents where id = :id")
			.setParameter("id", document.getId())
			.executeUpdate();
		this.entityManager.clear();
	}

	/** Writes a new document for a parsed source and returns it. */
	public Document write(String slug, DocumentOrigin origin, SourceLines lines, ParsedDocument parsed) {
		Document document = new Document(slug, origin, parsed.kind(), parsed.title());
		DocumentParts parts = new DocumentParts(this.entityManager, document);
		parts.persist(document);
		for (int i = 0; i < parsed.sections().size(); i++) {
			ParsedSection parsedSection = parsed.sections().get(i);
			Section section = new Section(document, i, parsedSection);
			parts.persist(section);
			for (ParsedPassage passage : parsedSection.passages()) {
				parts.persist(Passage.inSection(section, parts.nextPassagePosition(), passage), passage.citations());
			}
		}
		long ownPassages = parts.passages().stream().filter((p) -> p.getRole() == PassageRole.BODY).count();
		for (ParsedPart part : parsed.parts()) {
			writePart(part, parts);
		}
		for (int i = 0; i < parsed.notes().size(); i++) {
			parts.persist(new DocumentNote(document, i, parsed.notes().get(i)));
		}
		int present = 0;
		int accounted = 0;
		int furniture = 0;
		for (LineUse use : parsed.lines()) {
			parts.persist(new SourceLine(document.getId(), use, lines.line(use.line()), lines.origin(use.line())));
			if (use.role() != LineRole.BLANK) {
				present++;
				accounted += (use.role() != LineRole.UNACCOUNTED) ? 1 : 0;
				furniture += (use.role() == LineRole.FURNITURE) ? 1 : 0;
			}
		}
		document.countLines(parsed.lines().size(), present, accounted, furniture);
		document.countText((int) ownPassages, parts.citationCount());
		this.annotator.annotate(parts.passages());
		this.entityManager.flush();
		return document;
	}

	private <P extends ParsedPart> void writePart(P part, DocumentParts parts) {
		@SuppressWarnings("unchecked")
		PartWriter<P> writer = (PartWriter<P>) this.partWriters.get(part.getClass());
		if (writer == null) {
			throw new IllegalStateException("No writer is registered for " + part.getClass().getSimpleName());
		}
		writer.write(part, parts);
	}

}

package org.thawcorpus.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.thawcorpus.annotation.PassageAnnotator;
import org.thawcorpus.citation.Citation;
import org.thawcorpus.citation.Contributor;
import org.thawcorpus.citation.ContributorRole;
import org.thawcorpus.citation.parse.CitationData;
import org.thawcorpus.citation.parse.FoundCitation;
import org.thawcorpus.citation.parse.Isbn;
import org.thawcorpus.citation.parse.PersonName;
import org.thawcorpus.citation.parse.WorkKey;
import org.thawcorpus.comment.Comment;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentNote;
import org.thawcorpus.document.LineRole;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageRole;
import org.thawcorpus.document.Section;
import org.thawcorpus.document.SectionRole;
import org.thawcorpus.document.SourceLine;
import org.thawcorpus.importer.parse.HistogramBar;
import org.thawcorpus.importer.parse.LineUse;
import org.thawcorpus.importer.parse.ParsedBook;
import org.thawcorpus.importer.parse.ParsedComment;
import org.thawcorpus.importer.parse.ParsedDocument;
import org.thawcorpus.importer.parse.ParsedPassage;
import org.thawcorpus.importer.parse.ParsedReview;
import org.thawcorpus.importer.parse.ParsedSection;
import org.thawcorpus.importer.parse.SourceLines;
import org.thawcorpus.importer.parse.SourceNote;
import org.thawcorpus.review.BookDetails;
import org.thawcorpus.review.Review;
import org.thawcorpus.search.CorpusIndex;

/**
 * Writes a parsed document and all its parts, in the caller's transaction. Plain mapping
 * from the parser's records to entities; no parsing happens here.
 */
@Component
class DocumentWriter {

	private static final int FLUSH_EVERY = 200;

	private final EntityManager entityManager;

	private final PassageAnnotator annotator;

	private final CorpusIndex index;

	private final List<Passage> written = new ArrayList<>();

	private int pending;

	DocumentWriter(EntityManager entityManager, PassageAnnotator annotator, CorpusIndex index) {
		this.entityManager = entityManager;
		this.annotator = annotator;
		this.index = index;
	}

	/**
	 * Deletes a document and, through the schema's cascades, all its parts, from the
	 * search index too.
	 */
	void delete(Document document) {
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
	Document write(String slug, String sourcePath, String sourceFile, SourceText source, SourceLines lines,
			ParsedDocument parsed) {
		this.pending = 0;
		this.written.clear();
		Document document = new Document(slug, sourcePath, sourceFile, parsed.kind(), parsed.title(),
				source.contentHash(), source.byteSize(), Instant.now());
		persist(document);
		Counter positions = new Counter();
		Counter citations = new Counter();
		int bodyPassages = 0;
		for (int i = 0; i < parsed.sections().size(); i++) {
			ParsedSection parsedSection = parsed.sections().get(i);
			Section section = new Section(document, i, parsedSection.title(), parsedSection.headingLine(),
					parsedSection.role());
			persist(section);
			PassageRole role = (parsedSection.role() == SectionRole.WORKS_CITED) ? PassageRole.WORKS_CITED
					: PassageRole.BODY;
			for (ParsedPassage parsedPassage : parsedSection.passages()) {
				Passage passage = Passage.inSection(section, role, positions.next(), parsedPassage.anchor(),
						parsedPassage.text(), parsedPassage.firstLine(), parsedPassage.lastLine());
				persist(passage);
				writeCitations(passage, parsedPassage.citations(), citations);
				bodyPassages += (role == PassageRole.BODY) ? 1 : 0;
			}
		}
		if (parsed.book() != null) {
			persist(bookDetails(document, parsed.book()));
			if (parsed.book().author() != null) {
				document.setWorkKey(WorkKey.ofTitleAndAuthor(parsed.title(), parsed.book().author()));
			}
		}
		for (int i = 0; i < parsed.reviews().size(); i++) {
			writeReview(document, i, parsed.reviews().get(i), positions, citations);
		}
		for (int i = 0; i < parsed.comments().size(); i++) {
			writeComment(document, i, parsed.comments().get(i), positions, citations);
		}
		List<SourceNote> notes = parsed.notes();
		for (int i = 0; i < notes.size(); i++) {
			SourceNote note = notes.get(i);
			persist(new DocumentNote(document, i, note.line(), note.kind(), note.message()));
		}
		int accounted = 0;
		int nonBlank = 0;
		for (LineUse use : parsed.lines()) {
			persist(new SourceLine(document.getId(), use.line(), lines.line(use.line()), use.role(), use.label(),
					use.anchor()));
			if (use.role() != LineRole.BLANK) {
				nonBlank++;
				accounted += (use.role() != LineRole.UNACCOUNTED) ? 1 : 0;
			}
		}
		document.setCounts(parsed.lines().size(), nonBlank, accounted, bodyPassages, citations.count(),
				parsed.reviews().size(), parsed.comments().size(), parsed.commentsClaimed());
		this.annotator.annotate(this.written);
		this.written.clear();
		this.entityManager.flush();
		return document;
	}

	private void writeReview(Document document, int index, ParsedReview parsed, Counter positions, Counter citations) {
		int length = parsed.paragraphs().stream().mapToInt((p) -> p.text().length()).sum();
		Review review = new Review(document, index, parsed.anchor(), parsed.reviewer(), parsed.reviewerIsAuthor(),
				parsed.reviewerBooks(), parsed.reviewerReviews(), parsed.reviewerFollowers(), parsed.date(),
				parsed.rating(), parsed.shelf(), parsed.spoiler(), length, parsed.firstLine(), parsed.lastLine());
		review.setReactions(parsed.likes(), parsed.comments());
		persist(review);
		for (ParsedPassage paragraph : parsed.paragraphs()) {
			Passage passage = Passage.ofReview(review, positions.next(), paragraph.anchor(), paragraph.text(),
					paragraph.firstLine(), paragraph.lastLine());
			persist(passage);
			writeCitations(passage, paragraph.citations(), citations);
		}
	}

	private void writeComment(Document document, int index, ParsedComment parsed, Counter positions,
			Counter citations) {
		Comment comment = new Comment(document, index, parsed.anchor(), parsed.number(), parsed.author(), parsed.date(),
				parsed.firstLine(), parsed.lastLine());
		comment.setThread(parsed.replyTo(), parsed.pingback());
		persist(comment);
		for (ParsedPassage paragraph : parsed.paragraphs()) {
			Passage passage = Passage.ofComment(comment, positions.next(), paragraph.anchor(), paragraph.text(),
					paragraph.firstLine(), paragraph.lastLine());
			persist(passage);
			writeCitations(passage, paragraph.citations(), citations);
		}
	}

	private void writeCitations(Passage passage, List<FoundCitation> found, Counter citations) {
		for (FoundCitation f : found) {
			Citation citation = new Citation(passage, citations.next(), f.start(), f.end(), f.raw(),
					bracket(f.opener()), bracket(f.closer()));
			CitationData data = f.data();
			citation.setFields(data.year(), data.title(), data.publisher(), data.place(), data.pages(),
					data.uncertain());
			Isbn isbn = (data.isbn() != null) ? Isbn.check(data.isbn()) : null;
			if (isbn != null) {
				citation.setIsbn(data.isbn(), isbn.isbn13(), isbn.valid(), isbn.problem());
			}
			citation.setWorkKey(WorkKey.of(data, f.raw()));
			addContributors(citation, ContributorRole.AUTHOR, data.authors());
			addContributors(citation, ContributorRole.EDITOR, data.editors());
			addContributors(citation, ContributorRole.TRANSLATOR, data.translators());
			persist(citation);
		}
	}

	private static void addContributors(Citation citation, ContributorRole role, List<PersonName> names) {
		for (PersonName name : names) {
			citation.addContributor(new Contributor(role, name.family(), name.given(), name.literal()));
		}
	}

	private static BookDetails bookDetails(Document document, ParsedBook book) {
		BookDetails details = new BookDetails(document, book.author(), book.authorBooks(), book.authorFollowers(),
				book.pages(), book.format(), book.firstPublished(), book.firstPublishedText(), book.currentlyReading(),
				book.wantToRead(), book.reviewsClaimed());
		details.setSummary(book.printedAverage(), book.printedRatings(), book.printedReviews());
		details.setGenres(book.genres());
		details.setEdition(book.isbn(), book.asin(), book.language(), book.publisher(), book.series());
		for (HistogramBar bar : book.histogram()) {
			details.setBar(bar.stars(), bar.count(), bar.printedPercent());
		}
		return details;
	}

	private static String bracket(char c) {
		return (c == 0) ? null : String.valueOf(c);
	}

	private void persist(Object entity) {
		this.entityManager.persist(entity);
		if (entity instanceof Passage passage) {
			this.written.add(passage);
		}
		if (++this.pending % FLUSH_EVERY == 0) {
			this.entityManager.flush();
		}
	}

	/** Hands out 0, 1, 2, ... */
	private static final class Counter {

		private int next;

		int next() {
			return this.next++;
		}

		int count() {
			return this.next;
		}

	}

}

package org.thawcorpus.document;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.citation.Citation;
import org.thawcorpus.citation.CitationRepository;
import org.thawcorpus.citation.Citations;
import org.thawcorpus.comment.Comment;
import org.thawcorpus.comment.CommentRepository;
import org.thawcorpus.comment.CommentView;
import org.thawcorpus.review.BookDetailsRepository;
import org.thawcorpus.system.NotFoundException;

/** Loads a document for reading, with a fixed number of queries whatever its size. */
@Service
public class DocumentReader {

	private final DocumentRepository documents;

	private final SectionRepository sections;

	private final PassageRepository passages;

	private final CitationRepository citations;

	private final CommentRepository comments;

	private final BookDetailsRepository books;

	private final DocumentNoteRepository notes;

	DocumentReader(DocumentRepository documents, SectionRepository sections, PassageRepository passages,
			CitationRepository citations, CommentRepository comments, BookDetailsRepository books,
			DocumentNoteRepository notes) {
		this.documents = documents;
		this.sections = sections;
		this.passages = passages;
		this.citations = citations;
		this.comments = comments;
		this.books = books;
		this.notes = notes;
	}

	/**
	 * The document with that slug.
	 * @throws NotFoundException if there is none
	 */
	@Transactional(readOnly = true)
	public Document document(String slug) {
		return this.documents.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("There is no document \"" + slug + "\" in the corpus."));
	}

	/**
	 * Everything the reading view shows of a document (its reviews are read a page at a
	 * time elsewhere).
	 * @throws NotFoundException if there is no such document
	 */
	@Transactional(readOnly = true)
	public Reading read(String slug) {
		return read(slug, PassageMarks.NONE);
	}

	/**
	 * Everything the reading view shows of a document, with further marks (annotations)
	 * looked up once for its text and once for its comments.
	 * @throws NotFoundException if there is no such document
	 */
	@Transactional(readOnly = true)
	public Reading read(String slug, PassageMarks extra) {
		Document document = document(slug);
		Long id = document.getId();
		Map<Long, List<Citation>> citationsByPassage = Citations
			.byPassage(this.citations.findByDocumentIdOrderByPosition(id));
		List<Passage> text = this.passages.findByDocumentIdAndRoleInOrderByPosition(id,
				EnumSet.of(PassageRole.BODY, PassageRole.WORKS_CITED));
		Map<Long, List<Mark>> marks = text.isEmpty() ? Map.of()
				: extra.find(id, text.stream().map(Passage::getId).toList());
		Map<Long, List<Passage>> passagesBySection = text.stream()
			.collect(Collectors.groupingBy((p) -> p.getSection().getId()));
		List<SectionView> sectionViews = new ArrayList<>();
		int number = 0;
		for (Section section : this.sections.findByDocumentIdOrderByPosition(id)) {
			List<PassageView> views = new ArrayList<>();
			for (Passage passage : passagesBySection.getOrDefault(section.getId(), List.of())) {
				Integer shown = (passage.getRole() == PassageRole.BODY) ? ++number : null;
				views.add(PassageViews.of(passage, shown, citationsByPassage.getOrDefault(passage.getId(), List.of()),
						marks.getOrDefault(passage.getId(), List.of())));
			}
			sectionViews.add(new SectionView(section.getTitle(), section.getRole(), section.getHeadingLine(), views));
		}
		return new Reading(document, sectionViews, this.books.findById(id).orElse(null),
				comments(id, citationsByPassage, extra), this.notes.findByDocumentIdOrderByPosition(id));
	}

	private List<CommentView> comments(Long documentId, Map<Long, List<Citation>> citationsByPassage,
			PassageMarks extra) {
		List<Comment> found = this.comments.findByDocumentIdOrderByPosition(documentId);
		if (found.isEmpty()) {
			return List.of();
		}
		List<Passage> paragraphs = this.passages
			.findByCommentIdInOrderByPosition(found.stream().map(Comment::getId).toList());
		Map<Long, List<Mark>> marks = paragraphs.isEmpty() ? Map.of()
				: extra.find(documentId, paragraphs.stream().map(Passage::getId).toList());
		Map<Long, List<Passage>> byComment = paragraphs.stream()
			.collect(Collectors.groupingBy((p) -> p.getComment().getId()));
		return found.stream()
			.map((c) -> new CommentView(c,
					PassageViews.of(byComment.getOrDefault(c.getId(), List.of()), citationsByPassage, marks)))
			.toList();
	}

}

package org.thawcorpus.reading;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.book.BookDetailsRepository;
import org.thawcorpus.book.BookView;
import org.thawcorpus.document.Comment;
import org.thawcorpus.document.CommentRepository;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentNoteRepository;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.DocumentView;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageRepository;
import org.thawcorpus.document.PassageRole;
import org.thawcorpus.document.Section;
import org.thawcorpus.document.SectionRepository;
import org.thawcorpus.markup.PassageAssembler;
import org.thawcorpus.markup.PassageMarks;
import org.thawcorpus.markup.PassageView;
import org.thawcorpus.system.NotFoundException;

/** Loads a document for reading, with a fixed number of queries whatever its size. */
@Service
public class DocumentReader {

	private final DocumentRepository documents;

	private final SectionRepository sections;

	private final PassageRepository passages;

	private final CommentRepository comments;

	private final BookDetailsRepository books;

	private final DocumentNoteRepository notes;

	private final PassageAssembler assembler;

	DocumentReader(DocumentRepository documents, SectionRepository sections, PassageRepository passages,
			CommentRepository comments, BookDetailsRepository books, DocumentNoteRepository notes,
			PassageAssembler assembler) {
		this.documents = documents;
		this.sections = sections;
		this.passages = passages;
		this.comments = comments;
		this.books = books;
		this.notes = notes;
		this.assembler = assembler;
	}

	/**
	 * The document with that slug.
	 * @throws NotFoundException if there is none
	 */
	@Transactional(readOnly = true)
	public DocumentView document(String slug) {
		return DocumentView.of(this.documents.getBySlug(slug));
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
	 * Everything the reading view shows of a document, with further marks (annotations,
	 * search hits).
	 * @throws NotFoundException if there is no such document
	 */
	@Transactional(readOnly = true)
	public Reading read(String slug, PassageMarks marks) {
		Document document = this.documents.getBySlug(slug);
		long id = document.getId();
		List<Passage> text = this.passages.findByDocumentIdAndRoleInOrderByPosition(id,
				EnumSet.of(PassageRole.BODY, PassageRole.WORKS_CITED));
		Map<Long, List<PassageView>> bySection = this.assembler.byOwner(id, text, (p) -> p.getSection().getId(), marks);
		List<SectionView> sectionViews = new ArrayList<>();
		for (Section section : this.sections.findByDocumentIdOrderByPosition(id)) {
			sectionViews.add(new SectionView(section.getTitle(), section.getRole(), section.getHeadingLine(),
					bySection.getOrDefault(section.getId(), List.of())));
		}
		return new Reading(DocumentView.of(document), sectionViews,
				this.books.findById(id).map(BookView::of).orElse(null), comments(id, marks),
				this.notes.findByDocumentIdOrderByPosition(id).stream().map(NoteView::of).toList());
	}

	private List<CommentView> comments(long documentId, PassageMarks marks) {
		List<Comment> found = this.comments.findByDocumentIdOrderByPosition(documentId);
		if (found.isEmpty()) {
			return List.of();
		}
		List<Passage> paragraphs = this.passages
			.findByCommentIdInOrderByPosition(found.stream().map(Comment::getId).toList());
		Map<Long, List<PassageView>> byComment = this.assembler.byOwner(documentId, paragraphs,
				(p) -> p.getComment().getId(), marks);
		return found.stream().map((c) -> CommentView.of(c, byComment.getOrDefault(c.getId(), List.of()))).toList();
	}

}

package org.thawcorpus.reading;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.thawcorpus.document.PassageLinks;
import org.thawcorpus.document.PassageRepository;
import org.thawcorpus.document.PassageRole;
import org.thawcorpus.document.ReadingLayout;
import org.thawcorpus.document.ReadingPages;
import org.thawcorpus.document.Section;
import org.thawcorpus.document.SectionRepository;
import org.thawcorpus.markup.PassageAssembler;
import org.thawcorpus.markup.PassageMarks;
import org.thawcorpus.markup.PassageView;
import org.thawcorpus.system.NotFoundException;

/**
 * Loads a page of a document for reading, with a fixed number of queries whatever the
 * document's size, and no more of it than the page holds.
 */
@Service
public class DocumentReader {

	private static final Set<PassageRole> ON_PAGES = EnumSet.of(PassageRole.BODY, PassageRole.WORKS_CITED,
			PassageRole.COMMENT);

	private final DocumentRepository documents;

	private final SectionRepository sections;

	private final PassageRepository passages;

	private final CommentRepository comments;

	private final BookDetailsRepository books;

	private final DocumentNoteRepository notes;

	private final PassageAssembler assembler;

	private final ReadingPages pages;

	private final PassageLinks links;

	DocumentReader(DocumentRepository documents, SectionRepository sections, PassageRepository passages,
			CommentRepository comments, BookDetailsRepository books, DocumentNoteRepository notes,
			PassageAssembler assembler, ReadingPages pages, PassageLinks links) {
		this.documents = documents;
		this.sections = sections;
		this.passages = passages;
		this.comments = comments;
		this.books = books;
		this.notes = notes;
		this.assembler = assembler;
		this.pages = pages;
		this.links = links;
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
	 * One page of a document's reading view, with further marks (annotations, search
	 * hits).
	 * @throws NotFoundException if there is no such document
	 * @throws PageNotFoundException if the page is past the last
	 */
	@Transactional(readOnly = true)
	public Reading read(String slug, PageParameter page, PassageMarks marks) {
		Document document = this.documents.getBySlug(slug);
		long id = document.getId();
		ReadingLayout layout = this.pages.of(id);
		if (page.number() > layout.pages()) {
			throw new PageNotFoundException(DocumentView.of(document), page.given(), layout.pages());
		}
		int number = page.number();
		ReadingLayout.Span span = layout.passages(number);
		List<Passage> text = new ArrayList<>();
		List<Passage> paragraphs = new ArrayList<>();
		for (Passage passage : this.passages.findByDocumentIdAndRoleInAndPositionBetweenOrderByPosition(id, ON_PAGES,
				span.from(), span.last())) {
			((passage.getRole() == PassageRole.COMMENT) ? paragraphs : text).add(passage);
		}
		List<SectionView> sectionViews = sections(id, layout, number, text, marks);
		List<CommentView> commentViews = comments(id, layout, number, paragraphs, marks);
		ReadingPage where = layout.paged() ? paged(id, layout, number, sectionViews, commentViews)
				: ReadingPage.single();
		boolean first = number == 1;
		BookView book = (first || where.holdsReviews()) ? this.books.findById(id).map(BookView::of).orElse(null) : null;
		return new Reading(DocumentView.of(document), sectionViews, book, commentViews,
				first ? this.notes.findByDocumentIdOrderByPosition(id).stream().map(NoteView::of).toList() : List.of(),
				where);
	}

	private List<SectionView> sections(long documentId, ReadingLayout layout, int page, List<Passage> text,
			PassageMarks marks) {
		Map<Long, List<PassageView>> bySection = this.assembler.byOwner(documentId, text, (p) -> p.getSection().getId(),
				marks, layout.bodyPassagesBefore(page));
		ReadingLayout.Span headings = layout.sections(page);
		List<SectionView> views = new ArrayList<>();
		for (Section section : this.sections.findByDocumentIdAndPositionBetweenOrderByPosition(documentId,
				Math.max(0, headings.from() - 1), headings.last())) {
			boolean continued = section.getPosition() < headings.from();
			List<PassageView> here = bySection.get(section.getId());
			if (!continued || here != null) {
				views.add(new SectionView(section.getTitle(), section.getRole(), section.getHeadingLine(),
						(here != null) ? here : List.of(), continued));
			}
		}
		return views;
	}

	private List<CommentView> comments(long documentId, ReadingLayout layout, int page, List<Passage> paragraphs,
			PassageMarks marks) {
		ReadingLayout.Span begun = layout.comments(page);
		List<Comment> found = this.comments.findByDocumentIdAndPositionBetweenOrderByPosition(documentId,
				Math.max(0, begun.from() - 1), begun.last());
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, List<PassageView>> byComment = this.assembler.byOwner(documentId, paragraphs,
				(p) -> p.getComment().getId(), marks);
		List<CommentView> views = new ArrayList<>();
		for (Comment comment : found) {
			boolean continued = comment.getPosition() < begun.from();
			List<PassageView> here = byComment.get(comment.getId());
			if (!continued || here != null) {
				views.add(CommentView.of(comment, (here != null) ? here : List.of(), continued));
			}
		}
		return views;
	}

	/** A page of a paged document, with what it needs to link to the others. */
	private ReadingPage paged(long documentId, ReadingLayout layout, int page, List<SectionView> sections,
			List<CommentView> comments) {
		Page<ReadingPage.ContentsEntry> contents = this.sections
			.findByDocumentIdAndTitleIsNotNullOrderByPosition(documentId, PageRequest.of(0, ReadingPage.CONTENTS_MAX))
			.map((s) -> new ReadingPage.ContentsEntry(s.getTitle(), Section.headingId(s.getHeadingLine()),
					layout.pageOfSection(s.getPosition())));
		return new ReadingPage(page, layout, elsewhere(documentId, page, sections, comments), contents.getContent(),
				contents.getTotalElements());
	}

	/** The pages of the anchors this page links to that other pages hold. */
	private Map<String, Integer> elsewhere(long documentId, int page, List<SectionView> sections,
			List<CommentView> comments) {
		Set<String> linked = new HashSet<>();
		sections.forEach((s) -> s.passages().forEach((p) -> entries(p, linked)));
		for (CommentView comment : comments) {
			comment.paragraphs().forEach((p) -> entries(p, linked));
			if (comment.replyTo() != null) {
				linked.add(comment.replyTo());
			}
			if (comment.continued()) {
				linked.add(comment.anchor());
			}
		}
		Map<String, Integer> found = new HashMap<>(this.links.pagesOf(documentId, linked));
		found.values().removeIf((p) -> p == page);
		return found;
	}

	private static void entries(PassageView passage, Set<String> linked) {
		passage.citations()
			.stream()
			.map(PassageView.CitationRef::entryAnchor)
			.filter(Objects::nonNull)
			.forEach(linked::add);
	}

}

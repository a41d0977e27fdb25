package org.thawcorpus.reading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.book.BookDetails;
import org.thawcorpus.book.BookDetailsRepository;
import org.thawcorpus.citation.CitationService;
import org.thawcorpus.citation.export.CitationStyle;
import org.thawcorpus.citation.export.Formatted;
import org.thawcorpus.citation.export.Reference;
import org.thawcorpus.citation.export.ReferenceFormatter;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentMetadata;
import org.thawcorpus.document.DocumentMetadataRepository;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.DocumentView;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageLinks;
import org.thawcorpus.document.PassageRepository;
import org.thawcorpus.document.PassageRole;
import org.thawcorpus.system.NotFoundException;

/**
 * Makes the references for a whole document and for a passage, review paragraph or
 * comment paragraph of the corpus, formatted in a citation style.
 */
@Service
public class PassageCiting {

	private final DocumentRepository documents;

	private final PassageRepository passages;

	private final BookDetailsRepository books;

	private final DocumentMetadataRepository metadata;

	private final SourceReferences references;

	private final ReferenceFormatter formatter;

	private final PassageLinks links;

	private final CitationService citations;

	PassageCiting(DocumentRepository documents, PassageRepository passages, BookDetailsRepository books,
			DocumentMetadataRepository metadata, SourceReferences references, ReferenceFormatter formatter,
			PassageLinks links, CitationService citations) {
		this.citations = citations;
		this.documents = documents;
		this.passages = passages;
		this.books = books;
		this.metadata = metadata;
		this.references = references;
		this.formatter = formatter;
		this.links = links;
	}

	/**
	 * How to cite the passage with that anchor.
	 * @param permalink the passage's absolute, lasting address
	 * @throws NotFoundException if there is no such document or passage
	 */
	@Transactional(readOnly = true)
	public PassageCite cite(String slug, String anchor, String permalink, CitationStyle style) {
		Document document = this.documents.getBySlug(slug);
		Passage passage = this.passages.findByDocumentIdAndAnchor(document.getId(), anchor)
			.orElseThrow(() -> new NotFoundException(
					"\"" + document.getTitle() + "\" has no passage with the anchor \"" + anchor + "\"."));
		SourceReferences.Facts facts = facts(document);
		Reference reference = this.references.passage(facts, passage, permalink);
		return new PassageCite(DocumentView.of(document), anchor, passage.getText(), permalink,
				this.links.of(passage, null), location(passage), reference, this.formatter.format(reference, style),
				metadataFile(facts));
	}

	/**
	 * A document's own reference, for the metadata of its pages.
	 * @param permalink the document's absolute, lasting address
	 * @throws NotFoundException if there is no such document
	 */
	@Transactional(readOnly = true)
	public Reference source(String slug, String permalink) {
		return this.references.source(facts(this.documents.getBySlug(slug)), permalink);
	}

	/**
	 * The Chicago notes of some citations, each naming its work and the pages it cites,
	 * by citation id as the pages write it.
	 */
	public Map<String, Formatted> notes(Collection<Long> citationIds) {
		Map<String, Formatted> notes = new HashMap<>();
		this.citations.references(citationIds)
			.forEach((id, reference) -> notes.put(String.valueOf(id),
					this.formatter.format(reference, CitationStyle.CHICAGO).citation()));
		return notes;
	}

	/**
	 * How to cite a whole document: its own work and, for a book page, the book.
	 * @param permalink the document's absolute, lasting address
	 * @throws NotFoundException if there is no such document
	 */
	@Transactional(readOnly = true)
	public DocumentCite citeDocument(String slug, String permalink, CitationStyle style) {
		Document document = this.documents.getBySlug(slug);
		SourceReferences.Facts facts = facts(document);
		List<DocumentCite.Work> works = new ArrayList<>();
		Reference source = this.references.source(facts, permalink);
		works.add(new DocumentCite.Work(workLabel(source), source, this.formatter.format(source, style)));
		Reference book = this.references.book(facts);
		if (book != null) {
			works.add(new DocumentCite.Work("The book", book, this.formatter.format(book, style)));
		}
		return new DocumentCite(DocumentView.of(document), permalink, works, metadataFile(facts));
	}

	/**
	 * The references of the whole corpus: of every document (and book) with those of all
	 * its passages, in the order of the documents' titles and the passages' positions,
	 * then of every citation.
	 */
	@Transactional(readOnly = true)
	public List<Reference> corpus() {
		Map<Long, DocumentMetadata> supplied = this.metadata.findAll()
			.stream()
			.collect(Collectors.toMap(DocumentMetadata::getDocumentId, Function.identity()));
		Map<Long, BookDetails> details = this.books.findAll()
			.stream()
			.collect(Collectors.toMap(BookDetails::getDocumentId, Function.identity()));
		List<Reference> all = new ArrayList<>();
		for (Document document : this.documents.findAll(Sort.by("title", "id"))) {
			SourceReferences.Facts facts = new SourceReferences.Facts(document, supplied.get(document.getId()),
					details.get(document.getId()));
			String slug = document.getSlug();
			all.add(this.references.source(facts, CiteController.documentUrl(slug)));
			Reference book = this.references.book(facts);
			if (book != null) {
				all.add(book);
			}
			for (Passage passage : this.passages.findByDocumentIdAndRoleInOrderByPosition(document.getId(),
					EnumSet.allOf(PassageRole.class))) {
				all.add(this.references.passage(facts, passage, CiteController.permalink(slug, passage.getAnchor())));
			}
		}
		all.addAll(this.citations.references());
		return all;
	}

	/** The facts a document's references are made of. */
	SourceReferences.Facts facts(Document document) {
		return new SourceReferences.Facts(document, this.metadata.findById(document.getId()).orElse(null),
				this.books.findById(document.getId()).orElse(null));
	}

	private static String metadataFile(SourceReferences.Facts facts) {
		DocumentMetadata m = facts.metadata();
		return (m != null) ? m.getFileName() : null;
	}

	private static String workLabel(Reference reference) {
		return switch (reference.type()) {
			case ENCYCLOPEDIA_ENTRY -> "The encyclopedia article";
			case BLOG_POST -> "The blog post";
			default -> "The web page";
		};
	}

	/** Where a passage stands, in words a reader can copy. */
	static String location(Passage passage) {
		String paragraph = paragraphNumber(passage.getAnchor());
		return switch (passage.getRole()) {
			case BODY -> (passage.getSection().getTitle() != null)
					? "section \u201C" + passage.getSection().getTitle() + "\u201D, paragraph " + paragraph
					: "paragraph " + paragraph;
			case WORKS_CITED -> ((passage.getSection().getTitle() != null)
					? "\u201C" + passage.getSection().getTitle() + "\u201D, entry " : "works cited, entry ")
					+ paragraph;
			case REVIEW -> "review by " + passage.getReview().getReviewer() + ", paragraph " + paragraph;
			case COMMENT -> "comment "
					+ ((passage.getComment().getNumber() != null) ? passage.getComment().getNumber() + " " : "")
					+ ((passage.getComment().getAuthor() != null) ? "by " + passage.getComment().getAuthor() + " " : "")
					+ "(" + passage.getComment().getAnchor() + "), paragraph " + paragraph;
		};
	}

	/** The paragraph number an anchor ends with: 5 for "p5", 2 for "r3-2". */
	static String paragraphNumber(String anchor) {
		return anchor.replaceFirst("^.*?(\\d+)$", "$1");
	}

}

package org.thawcorpus.citation;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.citation.export.Reference;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.DocumentSummary;
import org.thawcorpus.system.NotFoundException;

/** Reads citations with their fields and where they stand. */
@Service
public class CitationService {

	private final CitationRepository citations;

	private final DocumentRepository documents;

	CitationService(CitationRepository citations, DocumentRepository documents) {
		this.citations = citations;
		this.documents = documents;
	}

	/** A page of every citation in the corpus, by document title and position. */
	@Transactional(readOnly = true)
	public Page<CitationInfo> page(Pageable pageable) {
		return listed(pageable).map(CitationInfo::of);
	}

	/** A page of the list of citations, each with the work it names. */
	@Transactional(readOnly = true)
	public Page<Listed> listPage(Pageable pageable) {
		return listed(pageable).map((c) -> new Listed(CitationInfo.of(c), Reference.fromCitation(null, c.data())));
	}

	/**
	 * A page of the list of citations: the page's ids in the index's order, then their
	 * citations.
	 */
	private Page<Citation> listed(Pageable pageable) {
		Page<Long> ids = this.citations.findListedIds(pageable);
		Map<Long, Citation> byId = new HashMap<>();
		this.citations.findByIdIn(ids.getContent()).forEach((c) -> byId.put(c.getId(), c));
		return ids.map(byId::get);
	}

	/**
	 * A citation of the list and the work it names.
	 *
	 * @param info the citation
	 * @param reference the work, with the pages cited
	 */
	public record Listed(CitationInfo info, Reference reference) {

	}

	/**
	 * One citation and the other citations of the same work: those with the same work key
	 * (normalised title and first author) or the same valid ISBN.
	 * @throws NotFoundException if there is no citation with that id
	 */
	@Transactional(readOnly = true)
	public CitationDetail detail(long id) {
		Citation citation = find(id);
		Map<Long, Citation> same = new LinkedHashMap<>();
		this.citations.findByWorkKeyOrderByDocumentTitleAscPositionAsc(citation.getWorkKey())
			.forEach((c) -> same.put(c.getId(), c));
		if (citation.getIsbn13() != null) {
			this.citations.findByIsbn13OrderByDocumentTitleAscPositionAsc(citation.getIsbn13())
				.forEach((c) -> same.putIfAbsent(c.getId(), c));
		}
		same.remove(citation.getId());
		return new CitationDetail(CitationInfo.of(citation), Reference.fromCitation(null, citation.data()),
				same.values().stream().map(CitationInfo::of).toList(),
				this.documents.findByWorkKey(citation.getWorkKey()).stream().map(DocumentSummary::of).toList());
	}

	/**
	 * The reference one citation names, for export.
	 * @throws NotFoundException if there is no citation with that id
	 */
	@Transactional(readOnly = true)
	public Reference reference(long id) {
		return Reference.fromCitation(null, find(id).data());
	}

	/** The works some citations name, with the pages they cite, by citation id. */
	@Transactional(readOnly = true)
	public Map<Long, Reference> references(Collection<Long> ids) {
		Map<Long, Reference> found = new HashMap<>();
		for (Citation citation : this.citations.findAllById(ids)) {
			found.put(citation.getId(), Reference.fromCitation(null, citation.data()));
		}
		return found;
	}

	/**
	 * One citation's fields, without the other places that cite its work.
	 * @throws NotFoundException if there is no citation with that id
	 */
	@Transactional(readOnly = true)
	public CitationInfo info(long id) {
		return CitationInfo.of(find(id));
	}

	private Citation find(long id) {
		return this.citations.findById(id)
			.orElseThrow(() -> new NotFoundException("There is no citation " + id + " in the corpus."));
	}

	/**
	 * The references of every citation of the corpus, in the order of the citations page.
	 */
	@Transactional(readOnly = true)
	public List<Reference> references() {
		return this.citations.findAllListed().stream().map((c) -> Reference.fromCitation(null, c.data())).toList();
	}

}

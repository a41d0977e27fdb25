package org.thawcorpus.citation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.system.NotFoundException;

/** Reads citations with their fields and where they stand. */
@Service
public class CitationService {

	private final CitationRepository citations;

	CitationService(CitationRepository citations) {
		this.citations = citations;
	}

	/** A page of every citation in the corpus, by document title and position. */
	@Transactional(readOnly = true)
	public Page<CitationInfo> page(Pageable pageable) {
		return this.citations.findAllByOrderByDocumentTitleAscPositionAsc(pageable).map(CitationInfo::of);
	}

	/**
	 * One citation and the other citations of the same work: those with the same work key
	 * (normalised title and first author) or the same valid ISBN.
	 * @throws NotFoundException if there is no citation with that id
	 */
	@Transactional(readOnly = true)
	public CitationDetail detail(long id) {
		Citation citation = this.citations.findById(id)
			.orElseThrow(() -> new NotFoundException("There is no citation " + id + " in the corpus."));
		Map<Long, Citation> same = new LinkedHashMap<>();
		this.citations.findByWorkKeyOrderByDocumentTitleAscPositionAsc(citation.getWorkKey())
			.forEach((c) -> same.put(c.getId(), c));
		if (citation.getIsbn13() != null) {
			this.citations.findByIsbn13OrderByDocumentTitleAscPositionAsc(citation.getIsbn13())
				.forEach((c) -> same.putIfAbsent(c.getId(), c));
		}
		same.remove(citation.getId());
		return new CitationDetail(CitationInfo.of(citation), same.values().stream().map(CitationInfo::of).toList());
	}

}

package org.thawcorpus.annotation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.annotation.parse.EntityType;
import org.thawcorpus.citation.RegisterLinks;
import org.thawcorpus.system.Urls;

/**
 * The register's entries a citation names, from the annotations inside it: each citation
 * links to its work's entry (and its authors', publishers', places'), each entry to the
 * citations that name it ({@link EntityService#citing}).
 */
@Component
class CitationEntries implements RegisterLinks {

	private final AnnotationRepository annotations;

	CitationEntries(AnnotationRepository annotations) {
		this.annotations = annotations;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> of(long citationId) {
		Set<String> seen = new LinkedHashSet<>();
		List<Entry> entries = new ArrayList<>();
		for (Object[] row : this.annotations.findEntitiesInCitation(citationId)) {
			String id = (String) row[0];
			if (seen.add(id)) {
				entries.add(new Entry("/entities/" + Urls.segment(id), (String) row[1],
						Layer.of((EntityType) row[2]).label()));
			}
		}
		return entries;
	}

}

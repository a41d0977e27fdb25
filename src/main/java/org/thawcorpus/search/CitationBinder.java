package org.thawcorpus.search;

import java.util.LinkedHashSet;
import java.util.Set;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import org.thawcorpus.citation.Citation;
import org.thawcorpus.citation.Contributor;

/**
 * Indexes a citation's raw text with the place it stands (document, section, review), its
 * contributors' names in both orders, so "Maria Ivanova" finds "Ivanova, Maria", and the
 * names of the register's entries it mentions.
 */
class CitationBinder implements TypeBinder {

	private final RecognizedNames names;

	CitationBinder(RecognizedNames names) {
		this.names = names;
	}

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().useRootOnly();
		HitFields fields = new HitFields(context);
		context.bridge(Citation.class, new Bridge(fields, this.names));
	}

	static Set<String> contributorNames(Citation citation) {
		Set<String> names = new LinkedHashSet<>();
		for (Contributor contributor : citation.getContributors()) {
			if (contributor.getLiteral() != null) {
				names.add(contributor.getLiteral());
			}
			if (contributor.getFamily() != null) {
				names.add(contributor.getDisplay());
				names.add((contributor.getGiven() != null) ? contributor.getGiven() + " " + contributor.getFamily()
						: contributor.getFamily());
			}
		}
		return names;
	}

	private record Bridge(HitFields fields, RecognizedNames names) implements TypeBridge<Citation> {

		@Override
		public void write(DocumentElement target, Citation citation, TypeBridgeWriteContext context) {
			this.fields.write(target,
					IndexedHit.of(citation, contributorNames(citation), this.names.of(citation.getRaw(), true)));
		}

	}

}

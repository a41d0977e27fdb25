package org.thawcorpus.search;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;

import org.springframework.stereotype.Component;
import org.thawcorpus.citation.Citation;
import org.thawcorpus.document.Passage;

/**
 * Maps passages and citations to the corpus indexes, in code so that the entities stay
 * free of search concerns.
 */
@Component
public class CorpusMapping implements HibernateOrmSearchMappingConfigurer {

	static final String PASSAGES = "passages";

	static final String CITATIONS = "citations";

	private final RecognizedNames names;

	CorpusMapping(RecognizedNames names) {
		this.names = names;
	}

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
		mapping.type(Passage.class).indexed().index(PASSAGES);
		mapping.type(Passage.class).binder(new PassageBinder(this.names));
		mapping.type(Citation.class).indexed().index(CITATIONS);
		mapping.type(Citation.class).binder(new CitationBinder(this.names));
	}

}

package org.thawcorpus.citation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thawcorpus.citation.export.ReferenceFormatter;

/**
 * The formatter of references in citation styles, made once: it keeps the styles it has
 * loaded (loading one takes about a second) and the references it has formatted.
 */
@Configuration(proxyBeanMethods = false)
class CitationConfiguration {

	@Bean
	ReferenceFormatter referenceFormatter() {
		return new ReferenceFormatter();
	}

}

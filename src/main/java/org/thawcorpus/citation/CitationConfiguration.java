package org.thawcorpus.citation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.thawcorpus.citation.export.ChicagoFormatter;

/**
 * The Chicago formatter, made once (loading its style takes about a second) and on first
 * use.
 */
@Configuration(proxyBeanMethods = false)
class CitationConfiguration {

	@Bean
	@Lazy
	ChicagoFormatter chicagoFormatter() {
		return new ChicagoFormatter();
	}

}

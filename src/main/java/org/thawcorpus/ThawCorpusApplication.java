package org.thawcorpus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.thawcorpus.importer.ImportRunner;

/** Boots Thaw Corpus; with {@code --thaw.import-only} it imports, reports and exits. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ThawCorpusApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(ThawCorpusApplication.class);
		boolean importOnly = ImportRunner.isImportOnly(args);
		if (importOnly) {
			application.setWebApplicationType(WebApplicationType.NONE);
		}
		ConfigurableApplicationContext context = application.run(args);
		if (importOnly) {
			System.exit(SpringApplication.exit(context));
		}
	}

}

package org.thawcorpus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Boots Thaw Corpus. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ThawCorpusApplication {

	public static void main(String[] args) {
		SpringApplication.run(ThawCorpusApplication.class, args);
	}

}

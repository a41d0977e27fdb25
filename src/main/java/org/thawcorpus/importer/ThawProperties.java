package org.thawcorpus.importer;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the corpus import.
 *
 * @param sources files and folders to import, comma-separated in properties
 * @param maxFileSize the largest source file accepted; larger files are refused
 * @param importOnStartup whether the application imports {@code sources} when it starts
 */
@ConfigurationProperties("thaw")
public record ThawProperties(@DefaultValue("seeds") List<String> sources, @DefaultValue("4MB") DataSize maxFileSize,
		@DefaultValue("true") boolean importOnStartup) {

}

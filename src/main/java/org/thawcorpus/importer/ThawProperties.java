package org.thawcorpus.importer;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the corpus import.
 *
 * @param sources files and folders to import, comma-separated in properties
 * @param maxFileSize the largest text copy accepted; larger files are refused
 * @param maxPageSize the largest saved web page (HTML) accepted, markup included
 * @param importOnStartup whether the application imports {@code sources} when it starts
 */
@ConfigurationProperties("thaw")
public record ThawProperties(@DefaultValue("seeds") List<String> sources, @DefaultValue("4MB") DataSize maxFileSize,
		@DefaultValue("16MB") DataSize maxPageSize, @DefaultValue("true") boolean importOnStartup) {

}

package org.thawcorpus.reading;

import java.io.File;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.thawcorpus.annotation.RegisterChanged;
import org.thawcorpus.document.CorpusVersion;
import org.thawcorpus.importer.StartupState;
import org.thawcorpus.system.PublicUrls;

/**
 * Registers {@link ReadingPageCache} before every other filter, keeping
 * {@code thaw.reading.page-cache} bytes of rendered pages, and raises the corpus's
 * version when the register changed the annotations.
 */
@Configuration(proxyBeanMethods = false)
class ReadingPageCaching {

	private final CorpusVersion version;

	private final StartupState startup;

	private final PublicUrls urls;

	ReadingPageCaching(CorpusVersion version, StartupState startup, PublicUrls urls) {
		this.version = version;
		this.startup = startup;
		this.urls = urls;
	}

	@Bean
	FilterRegistrationBean<ReadingPageCache> readingPageCache(@Value("${thaw.reading.page-cache:32MB}") DataSize size) {
		FilterRegistrationBean<ReadingPageCache> registration = new FilterRegistrationBean<>(new ReadingPageCache(
				this.version, new RenderedPages(size.toBytes()), build(), this.startup::whole, this.urls::prefix));
		// first of all: a page sent again needs none of the others (it carries the
		// headers they set)
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@EventListener
	void registerChanged(RegisterChanged event) {
		this.version.changed();
	}

	/**
	 * What tells this build from another in the ETags: the jar's size and time, or the
	 * start's time when run from classes (so templates changed since are never taken for
	 * the same page).
	 */
	static String build() {
		File jar = new ApplicationHome(ReadingPageCaching.class).getSource();
		if (jar != null && jar.isFile()) {
			return Long.toString(jar.length(), 36) + "." + Long.toString(jar.lastModified(), 36);
		}
		return Long.toString(System.currentTimeMillis(), 36);
	}

}

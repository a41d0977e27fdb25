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

/**
 * Registers {@link ReadingPageCache} after the filters that check the request and set the
 * site's address, keeping {@code thaw.reading.page-cache} bytes of rendered pages, and
 * raises the corpus's version when the register changed the annotations.
 */
@Configuration(proxyBeanMethods = false)
class ReadingPageCaching {

	private final CorpusVersion version;

	private final StartupState startup;

	ReadingPageCaching(CorpusVersion version, StartupState startup) {
		this.version = version;
		this.startup = startup;
	}

	@Bean
	FilterRegistrationBean<ReadingPageCache> readingPageCache(@Value("${thaw.reading.page-cache:32MB}") DataSize size) {
		FilterRegistrationBean<ReadingPageCache> registration = new FilterRegistrationBean<>(
				new ReadingPageCache(this.version, new RenderedPages(size.toBytes()), build(), this.startup::whole));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
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

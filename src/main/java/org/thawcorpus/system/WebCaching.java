package org.thawcorpus.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * ETags for every successful answer, and the stylesheet and scripts served under names
 * that carry a hash of their content, so that {@link CacheHeaders} may keep them a year.
 */
@Configuration(proxyBeanMethods = false)
class WebCaching implements WebMvcConfigurer {

	/**
	 * A weak ETag from a hash of each answer's body: a request whose If-None-Match names
	 * it gets a 304 without the body. Weak, as Tomcat compresses no answer with a strong
	 * one (and the gzipped body is the same page).
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/** Rewrites the templates' {@code @{/css/...}} links to the fingerprinted names. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> fingerprintedLinks() {
		return new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

}

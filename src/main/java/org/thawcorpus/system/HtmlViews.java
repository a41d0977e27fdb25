package org.thawcorpus.system;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Every view is an HTML page: Thymeleaf is not to take another type from the extension of
 * the address it answers (a page saying there is nothing at {@code /documents/x.css} is
 * still HTML).
 */
@Component
class HtmlViews implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String name) {
		if (bean instanceof ThymeleafViewResolver resolver) {
			resolver.setForceContentType(true);
		}
		return bean;
	}

}

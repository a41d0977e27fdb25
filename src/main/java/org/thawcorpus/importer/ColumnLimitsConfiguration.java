package org.thawcorpus.importer;

import org.hibernate.Interceptor;
import org.hibernate.type.Type;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Checks every entity against {@link ColumnLimits} as Hibernate persists or updates it,
 * before any SQL is sent.
 */
@Configuration(proxyBeanMethods = false)
class ColumnLimitsConfiguration {

	@Bean
	HibernatePropertiesCustomizer columnLimitsInterceptor(ObjectProvider<ColumnLimits> limits) {
		Interceptor interceptor = new Interceptor() {

			@Override
			public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
				limits.getObject().check(entity);
				return false;
			}

			@Override
			public boolean onFlushDirty(Object entity, Object id, Object[] state, Object[] previous, String[] names,
					Type[] types) {
				limits.getObject().check(entity);
				return false;
			}

		};
		return (properties) -> properties.put("hibernate.session_factory.interceptor", interceptor);
	}

}

package org.thawcorpus;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives each test context its own PostgreSQL schema and its own index names on the
 * cluster when the tests run against PostgreSQL and a cluster
 * ({@code -Dspring.profiles.active=cluster}), as each context has its own H2 database and
 * in-memory index otherwise. Contexts whose database a test slice replaces (an embedded
 * one) keep it, and get their own index names.
 */
public class ClusterTestContexts implements ContextCustomizerFactory {

	/** The profile of the cluster set-up. */
	public static final String PROFILE = "cluster";

	/** Whether the tests run against PostgreSQL and a cluster. */
	public static boolean enabled() {
		return Arrays.asList(System.getProperty("spring.profiles.active", "").split(",")).contains(PROFILE);
	}

	/**
	 * Properties that give an application started by a test its own schema and index
	 * names: none unless the tests run against a cluster.
	 */
	public static Map<String, Object> isolated(boolean ownSchema) {
		if (!enabled()) {
			return Map.of();
		}
		String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		if (!ownSchema) {
			return Map.of("thaw.search.index-prefix", name + "-");
		}
		return Map.of("thaw.search.index-prefix", name + "-", "spring.datasource.hikari.schema", name,
				"spring.flyway.schemas", name, "spring.flyway.default-schema", name);
	}

	/** The same properties as command-line arguments. */
	public static List<String> isolatedArguments() {
		return isolated(true).entrySet().stream().map((e) -> "--" + e.getKey() + "=" + e.getValue()).toList();
	}

	/**
	 * Drops the schema and the indexes a test's application had of its own (call before
	 * closing it): the database and the cluster keep nothing of a run.
	 */
	public static void dropSchemaAndIndexes(ConfigurableApplicationContext context) {
		String prefix = context.getEnvironment().getProperty("thaw.search.index-prefix", "");
		if (!prefix.isEmpty()) {
			Search.mapping(context.getBean(EntityManagerFactory.class))
				.scope(Object.class)
				.schemaManager()
				.dropIfExisting();
		}
		String schema = context.getEnvironment().getProperty("spring.datasource.hikari.schema");
		if (schema != null && schema.matches("t[0-9a-f]{12}")) {
			context.getBean(JdbcClient.class).sql("drop schema " + schema + " cascade").update();
		}
	}

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		if (!enabled()) {
			return null;
		}
		boolean ownDatabase = !MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.isPresent("org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase");
		return new Isolated(ownDatabase);
	}

	/** Adds the properties of a context of its own when the context is created. */
	private record Isolated(boolean ownSchema) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			ConfigurableEnvironment environment = context.getEnvironment();
			environment.getPropertySources()
				.addFirst(new MapPropertySource("thaw-cluster-test-context", isolated(this.ownSchema)));
			context.addApplicationListener((ApplicationListener<ContextClosedEvent>) (event) -> {
				try {
					dropSchemaAndIndexes(context);
				}
				catch (RuntimeException ex) {
					// Left for the cluster's own removal at the end of the run.
				}
			});
		}

	}

}

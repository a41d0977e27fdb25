package db.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.thawcorpus.ClusterTestContexts;
import org.thawcorpus.document.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V21 on a corpus written before it: every document's keys become those the importer
 * computes (not those V18's SQL {@code upper()} gave), cut to a length an index holds,
 * and the citations take their document's sort key. On H2, or on PostgreSQL in a schema
 * of its own when the tests run against the cluster set-up.
 */
class TitleSortKeysMigrationTest {

	private Connection connection;

	private SingleConnectionDataSource dataSource;

	private String schema;

	@BeforeEach
	void connect() throws SQLException {
		if (ClusterTestContexts.enabled()) {
			this.connection = DriverManager.getConnection(System.getenv("THAW_DB_URL"), System.getenv("THAW_DB_USER"),
					System.getenv("THAW_DB_PASSWORD"));
			this.schema = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		}
		else {
			this.connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID());
			this.schema = "PUBLIC";
		}
		this.dataSource = new SingleConnectionDataSource(this.connection, true);
	}

	@AfterEach
	void close() {
		if (ClusterTestContexts.enabled()) {
			JdbcClient.create(this.dataSource).sql("drop schema " + this.schema + " cascade").update();
		}
		this.dataSource.destroy();
	}

	@Test
	void documentsWrittenBeforeGetTheImportersKeysAndTheirCitationsTheSortKey() throws SQLException {
		migrate("20");
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		String title = "Straße der Оттепель, 解冻时期的文学 ".repeat(40).substring(0, 950);
		jdbc.sql("insert into documents (id, slug, source_path, source_file, kind, title, content_hash, byte_size, "
				+ "line_count, lines_present, lines_accounted, passage_count, citation_count, review_count, "
				+ "comment_count, imported_at) values (1, 'a', '/a.txt', 'a.txt', 'text', ?, 'h', 1, 1, 1, 1, 1, 1, "
				+ "0, 0, current_timestamp)")
			.param(title)
			.update();
		jdbc.sql("update documents set title_key = upper(title)").update();
		jdbc.sql("insert into sections (id, document_id, position, role) values (1, 1, 0, 'BODY')").update();
		jdbc.sql("insert into passages (id, document_id, section_id, role, position, anchor, text, first_line, "
				+ "last_line) values (1, 1, 1, 'BODY', 0, 'p1', 'A passage.', 1, 1)")
			.update();
		jdbc.sql("insert into citations (id, document_id, passage_id, position, start_offset, end_offset, raw, "
				+ "work_key, document_title) values (1, 1, 1, 0, 0, 1, 'A', 'w', ?)")
			.param(title)
			.update();

		migrate(null);

		assertThat(jdbc.sql("select title_key from documents").query(String.class).single())
			.isEqualTo(Document.titleKey(title))
			.startsWith("STRASSE DER ОТТЕПЕЛЬ, 解冻时期的文学 ")
			.hasSize(Document.SORT_KEY_LENGTH);
		assertThat(jdbc.sql("select title_sort from documents").query(String.class).single())
			.isEqualTo(title.substring(0, Document.SORT_KEY_LENGTH));
		assertThat(jdbc.sql("select document_title from citations").query(String.class).single())
			.isEqualTo(title.substring(0, Document.SORT_KEY_LENGTH));
	}

	private void migrate(String target) throws SQLException {
		var configuration = Flyway.configure()
			.dataSource(this.dataSource)
			.locations("classpath:db/migration")
			.schemas(this.schema)
			.defaultSchema(this.schema);
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
		this.connection.setSchema(this.schema);
	}

}

package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.thawcorpus.document.Document;

/**
 * Caps the keys that order and find documents by title, so that each fits a PostgreSQL
 * B-tree entry (about 2,700 bytes) whatever the title's script: a title of 1,000
 * characters of Cyrillic or CJK is 2,000 to 3,000 bytes. The indexes on {@code title},
 * {@code title_key} and {@code citations.document_title} become indexes on keys of at
 * most 500 characters ({@link Document#SORT_KEY_LENGTH}), ties falling to the id. A Java
 * migration, not SQL, because the keys are computed here by the methods the importer uses
 * ({@link Document#titleKey(String)}, {@link Document#titleSort(String)}), so that old
 * and new documents agree on every database: PostgreSQL's {@code upper()} follows its
 * locale and folds some characters otherwise than Java (and V18 back-filled
 * {@code title_key} with it). Runs on H2 and PostgreSQL.
 */
public class V21__TitleSortKeys extends BaseJavaMigration {

	private static final int BATCH = 500;

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		execute(connection, "drop index ix_documents_title", "drop index ix_documents_kind_title_key",
				"drop index ix_citations_list", "alter table documents add column title_sort varchar(500)");
		rekey(connection);
		execute(connection, "alter table documents alter column title_key set data type varchar(500)",
				"alter table documents alter column title_sort set not null",
				"update citations set document_title = "
						+ "(select d.title_sort from documents d where d.id = citations.document_id)",
				"alter table citations alter column document_title set data type varchar(500)",
				"create index ix_documents_title_sort on documents (title_sort, id)",
				"create index ix_documents_kind_title_key on documents (kind, title_key)",
				"create index ix_citations_list on citations (document_title, document_id, position)");
	}

	/**
	 * Every document's title key and sort key, computed as the importer computes them.
	 */
	private static void rekey(Connection connection) throws SQLException {
		List<Long> ids = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select id, title from documents")) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
				titles.add(rows.getString(2));
			}
		}
		try (PreparedStatement update = connection
			.prepareStatement("update documents set title_key = ?, title_sort = ? where id = ?")) {
			for (int i = 0; i < ids.size(); i++) {
				update.setString(1, Document.titleKey(titles.get(i)));
				update.setString(2, Document.titleSort(titles.get(i)));
				update.setLong(3, ids.get(i));
				update.addBatch();
				if ((i + 1) % BATCH == 0 || i == ids.size() - 1) {
					update.executeBatch();
				}
			}
		}
	}

	private static void execute(Connection connection, String... statements) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

}

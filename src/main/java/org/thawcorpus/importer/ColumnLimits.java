package org.thawcorpus.importer;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Table;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;

/**
 * Holds every value the application stores to the size of its column, as the database
 * declares it (read once from its metadata, so the migrations are the one place limits
 * are written): a text longer than its column, or a number larger than its decimal
 * column, is refused before it is inserted, with the line it came from. An entity's text
 * and decimal fields, its embedded values and its collections of embedded values are
 * checked.
 */
@Component
public class ColumnLimits {

	private final DataSource dataSource;

	private volatile Map<String, Limit> limits;

	private final Map<Class<?>, List<Checked>> checkedFields = new ConcurrentHashMap<>();

	ColumnLimits(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** A column's limit: its length in characters, or its precision and scale. */
	private record Limit(boolean text, int size, int scale) {

	}

	/** A field of an entity and the column it is stored in. */
	private record Checked(Field field, String table, String column, List<Checked> parts) {

	}

	/**
	 * Checks the values of an entity (and of its embedded values) against their columns.
	 * @throws ValueTooLongException naming the first value that does not fit
	 */
	public void check(Object entity) {
		Table table = entity.getClass().getAnnotation(Table.class);
		if (table == null) {
			return;
		}
		check(entity, fields(entity.getClass(), table.name()), entity);
	}

	/** The longest text a column of a table holds, or -1 if the column is not text. */
	public int length(String table, String column) {
		Limit limit = limits().get(key(table, column));
		return (limit != null && limit.text()) ? limit.size() : -1;
	}

	private void check(Object holder, List<Checked> fields, Object entity) {
		for (Checked checked : fields) {
			Object value = read(checked.field(), holder);
			if (value == null) {
				continue;
			}
			if (checked.parts() != null) {
				if (value instanceof Iterable<?> elements) {
					for (Object element : elements) {
						check(element, checked.parts(), entity);
					}
				}
				else {
					check(value, checked.parts(), entity);
				}
				continue;
			}
			Limit limit = limits().get(key(checked.table(), checked.column()));
			if (limit == null) {
				continue;
			}
			if (value instanceof String text && limit.text() && text.length() > limit.size()) {
				throw new ValueTooLongException(checked.table(), checked.column(), text.length(), limit.size(), entity);
			}
			if (value instanceof BigDecimal number && !limit.text()
					&& number.precision() - number.scale() > limit.size() - limit.scale()) {
				throw new ValueTooLongException(checked.table(), checked.column(), number.toPlainString(),
						limit.size() - limit.scale(), entity);
			}
		}
	}

	private List<Checked> fields(Class<?> type, String table) {
		return this.checkedFields.computeIfAbsent(type, (t) -> collect(t, table));
	}

	private static List<Checked> collect(Class<?> type, String table) {
		List<Checked> fields = new ArrayList<>();
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			for (Field field : c.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers())) {
					continue;
				}
				CollectionTable collection = field.getAnnotation(CollectionTable.class);
				if (field.isAnnotationPresent(ElementCollection.class) && collection != null) {
					Class<?> element = elementType(field);
					if (element != null) {
						field.setAccessible(true);
						fields.add(new Checked(field, collection.name(), null, collect(element, collection.name())));
					}
				}
				else if (field.isAnnotationPresent(Embedded.class)) {
					field.setAccessible(true);
					fields.add(new Checked(field, table, null, collect(field.getType(), table)));
				}
				else if (field.getType() == String.class || field.getType() == BigDecimal.class) {
					Column column = field.getAnnotation(Column.class);
					String name = (column != null && !column.name().isEmpty()) ? column.name()
							: snakeCase(field.getName());
					field.setAccessible(true);
					fields.add(new Checked(field, table, name, null));
				}
			}
		}
		return List.copyOf(fields);
	}

	private static Class<?> elementType(Field field) {
		if (field.getGenericType() instanceof ParameterizedType type
				&& type.getActualTypeArguments()[0] instanceof Class<?> element && element != String.class
				&& element.getPackageName().startsWith("org.thawcorpus")) {
			return element;
		}
		return null;
	}

	private static Object read(Field field, Object holder) {
		try {
			return field.get(holder);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("Field " + field + " cannot be read", ex);
		}
	}

	/**
	 * The column name Spring's naming strategy gives a field: camel case to snake case.
	 */
	static String snakeCase(String name) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c) && i > 0) {
				out.append('_');
			}
			out.append(Character.toLowerCase(c));
		}
		return out.toString();
	}

	private Map<String, Limit> limits() {
		Map<String, Limit> read = this.limits;
		if (read == null) {
			read = readLimits();
			this.limits = read;
		}
		return read;
	}

	private Map<String, Limit> readLimits() {
		Map<String, Limit> read = new HashMap<>();
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
				while (columns.next()) {
					int type = columns.getInt("DATA_TYPE");
					boolean text = type == Types.VARCHAR || type == Types.CHAR || type == Types.NVARCHAR
							|| type == Types.NCHAR;
					if (text || type == Types.NUMERIC || type == Types.DECIMAL) {
						read.put(key(columns.getString("TABLE_NAME"), columns.getString("COLUMN_NAME")),
								new Limit(text, columns.getInt("COLUMN_SIZE"), columns.getInt("DECIMAL_DIGITS")));
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("The database's column sizes could not be read", ex);
		}
		return Map.copyOf(read);
	}

	private static String key(String table, String column) {
		return (table + "." + column).toLowerCase(Locale.ROOT);
	}

}

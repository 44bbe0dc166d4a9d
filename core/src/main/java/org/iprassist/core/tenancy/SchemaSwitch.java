package org.iprassist.core.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a pooled connection moves between schemas. MySQL and MariaDB call a schema a database and
 * switch with {@code setCatalog} ({@code setSchema} is a no-op there); H2 switches with
 * {@code setSchema}, which quotes the name it is given, so the name is folded to upper case the
 * way H2 folds the unquoted name in {@code CREATE SCHEMA}. (H2 runs without
 * {@code DATABASE_TO_LOWER}: with it, Liquibase no longer finds its own history table on the
 * second start of a file database.)
 */
enum SchemaSwitch {

	CATALOG {
		@Override
		void enter(Connection connection, String schema) throws SQLException {
			connection.setCatalog(schema);
		}

		@Override
		String current(Connection connection) throws SQLException {
			return connection.getCatalog();
		}

		@Override
		String createStatement(String schema) {
			return "CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";
		}
	},

	SCHEMA {
		@Override
		void enter(Connection connection, String schema) throws SQLException {
			connection.setSchema(schema.toUpperCase(Locale.ROOT));
		}

		@Override
		String current(Connection connection) throws SQLException {
			return connection.getSchema();
		}

		@Override
		String createStatement(String schema) {
			return "CREATE SCHEMA IF NOT EXISTS " + schema;
		}
	};

	private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{1,63}");

	abstract void enter(Connection connection, String schema) throws SQLException;

	abstract String current(Connection connection) throws SQLException;

	abstract String createStatement(String schema);

	/**
	 * Enters the schema unless the connection is in it already: both drivers answer where a
	 * connection is without asking the server, so a connection already there costs nothing.
	 */
	void enterIfElsewhere(Connection connection, String schema) throws SQLException {
		if (!schema.equalsIgnoreCase(current(connection))) {
			enter(connection, schema);
		}
	}

	void create(Connection connection, String schema) throws SQLException {
		if (!SCHEMA_NAME.matcher(schema).matches()) {
			throw new IllegalArgumentException("Not a schema name: " + schema);
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute(createStatement(schema));
		}
	}

	static SchemaSwitch of(Connection connection) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
		return product.contains("mysql") || product.contains("mariadb") ? CATALOG : SCHEMA;
	}
}

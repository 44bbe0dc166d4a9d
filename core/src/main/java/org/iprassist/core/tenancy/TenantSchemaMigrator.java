package org.iprassist.core.tenancy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockServiceFactory;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the tenant changelog to one unit's schema. The changelog is
 * {@value #CHANGELOG}: it includes every file under {@code db/tenant/changelog/} on the
 * classpath, so each module ships its own tenant tables in its own jar.
 * <p>
 * {@link #changelogVersion()} fingerprints the changelog (its change sets' ids, authors and
 * files), so the tenant store can record which version each schema has and migrate at start-up
 * only the schemas that are behind.
 * <p>
 * Migrations run one at a time. Liquibase caches its changelog-history and lock services per
 * database, and tells databases apart by JDBC URL, which every tenant on a server shares: two
 * tenants migrated at once would share one cache and one would be told its history table exists
 * when it does not. Each migration therefore starts and ends with those caches cleared.
 */
public class TenantSchemaMigrator {

	public static final String CHANGELOG = "db/tenant/master.yaml";

	private static final Logger log = LoggerFactory.getLogger(TenantSchemaMigrator.class);

	private final TenantRoutingDataSource dataSource;

	private final ClassLoader classLoader;

	private volatile String changelogVersion;

	TenantSchemaMigrator(TenantRoutingDataSource dataSource, ClassLoader classLoader) {
		this.dataSource = dataSource;
		this.classLoader = classLoader;
	}

	/**
	 * @return whether a database server is configured under the key
	 */
	public boolean knowsServer(String serverKey) {
		return dataSource.hasServer(serverKey);
	}

	/**
	 * Creates the tenant's schema if needed.
	 */
	public void createSchema(TenantDescriptor tenant) {
		try {
			dataSource.createSchema(tenant);
		}
		catch (SQLException ex) {
			throw new TenantMigrationException("Could not create schema " + tenant.schema(), ex);
		}
	}

	/**
	 * Brings the tenant's schema up to the current changelog. Safe to repeat: change sets already
	 * applied are skipped, so a migration that failed half-way completes on the next call.
	 *
	 * @return the changelog version the schema now has
	 */
	public synchronized String migrate(TenantDescriptor tenant) {
		long started = System.nanoTime();
		resetLiquibaseCaches();
		try (Connection connection = dataSource.connectionFor(tenant)) {
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			withResources(() -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
				.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
				.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
				.execute());
		}
		catch (Exception ex) {
			throw new TenantMigrationException("Migration of " + tenant.schema() + " failed: " + rootMessage(ex), ex);
		}
		finally {
			resetLiquibaseCaches();
		}
		log.info("Migrated tenant {} in {} ms", tenant.code(), (System.nanoTime() - started) / 1_000_000);
		return changelogVersion();
	}

	/**
	 * @return a fingerprint of the tenant changelog on the classpath
	 */
	public String changelogVersion() {
		String version = changelogVersion;
		if (version == null) {
			version = fingerprint(parse().getChangeSets());
			changelogVersion = version;
		}
		return version;
	}

	private DatabaseChangeLog parse() {
		try {
			return withResources(() -> {
				ResourceAccessor resources = Scope.getCurrentScope().getResourceAccessor();
				return ChangeLogParserFactory.getInstance()
					.getParser(CHANGELOG, resources)
					.parse(CHANGELOG, new ChangeLogParameters(), resources);
			});
		}
		catch (Exception ex) {
			throw new TenantMigrationException("Could not read the tenant changelog " + CHANGELOG, ex);
		}
	}

	private static String fingerprint(List<ChangeSet> changeSets) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (ChangeSet changeSet : changeSets) {
				digest.update((changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor() + "\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			return changeSets.size() + "-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private <T> T withResources(Scope.ScopedRunnerWithReturn<T> work) throws Exception {
		return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(classLoader),
				Scope.Attr.ui.name(), new LoggerUIService()), work);
	}

	private static void resetLiquibaseCaches() {
		Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).resetAll();
		LockServiceFactory.getInstance().resetAll();
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

	/**
	 * A tenant schema could not be created or migrated. It is left as it is: Liquibase records
	 * every applied change set, so the next attempt continues where this one stopped.
	 */
	public static class TenantMigrationException extends RuntimeException {

		TenantMigrationException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}

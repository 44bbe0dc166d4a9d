package org.iprassist.cases.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.DatabaseException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

import org.iprassist.cases.internal.casefile.CaseSearchIndex;

/**
 * Liquibase task that puts the cases received before the search index existed into it. Written in
 * Java rather than SQL so that the grams are cut exactly as {@link CaseSearchIndex} cuts them on
 * intake, on H2 and MariaDB alike; through Liquibase's own connection, which is already in the
 * unit's schema. Public only because Liquibase instantiates it.
 */
public class CaseSearchBackfill implements CustomTaskChange {

	private static final int BATCH = 1000;

	@Override
	public void execute(Database database) throws CustomChangeException {
		JdbcConnection connection = (JdbcConnection) database.getConnection();
		try (Statement read = connection.createStatement();
				ResultSet cases = read
					.executeQuery("select id, received_at, applicant_name, counterparty, right_number from case_file");
				PreparedStatement insert = connection.prepareStatement(CaseSearchIndex.INSERT)) {
			int pending = 0;
			while (cases.next()) {
				for (Object[] row : CaseSearchIndex.rows(cases.getString(1).strip(),
						cases.getObject(2, LocalDateTime.class), cases.getString(3), cases.getString(4),
						cases.getString(5))) {
					for (int i = 0; i < row.length; i++) {
						insert.setObject(i + 1, row[i]);
					}
					insert.addBatch();
					pending++;
				}
				if (pending >= BATCH) {
					insert.executeBatch();
					pending = 0;
				}
			}
			insert.executeBatch();
		}
		catch (SQLException | DatabaseException ex) {
			throw new CustomChangeException("Could not index the existing cases for search", ex);
		}
	}

	@Override
	public String getConfirmationMessage() {
		return "Existing cases indexed for search";
	}

	@Override
	public void setUp() {
	}

	@Override
	public void setFileOpener(ResourceAccessor resourceAccessor) {
	}

	@Override
	public ValidationErrors validate(Database database) {
		return new ValidationErrors();
	}
}

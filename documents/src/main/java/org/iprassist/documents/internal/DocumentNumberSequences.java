package org.iprassist.documents.internal;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counters behind document numbers, one row per kind and year. {@link #take} increments the
 * row with a row-locking upsert inside the issuing transaction: a second issuer of the same kind
 * waits until the first commits (and gets the next number) or rolls back (and gets the same one),
 * so numbers are distinct and without gaps. The lock is held until the issuing transaction ends.
 */
@Component
class DocumentNumberSequences {

	/**
	 * How often to try again when the database gives up waiting for the row (only the statement
	 * fails, the transaction goes on): H2 waits 2 s for a row another transaction inserted and has
	 * not committed yet, less than a busy issuer may hold it; MariaDB waits
	 * {@code innodb_lock_wait_timeout} (50 s). A deadlock, which rolls the transaction back, is not
	 * retried.
	 */
	private static final int ATTEMPTS = 30;

	private final JdbcClient jdbc;

	DocumentNumberSequences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the next number of a kind in a year, starting at 1; must run in the issuing
	 * transaction, which keeps the row locked until it ends
	 */
	int take(String kind, int year) {
		for (int attempt = 1;; attempt++) {
			try {
				jdbc.sql("insert into document_number_sequence (kind, number_year, last_number) values (?, ?, 1) "
						+ "on duplicate key update last_number = last_number + 1")
					.params(kind, year)
					.update();
				return jdbc.sql("select last_number from document_number_sequence where kind = ? and number_year = ? for update")
					.params(kind, year)
					.query(Integer.class)
					.single();
			}
			catch (QueryTimeoutException | CannotAcquireLockException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}
}

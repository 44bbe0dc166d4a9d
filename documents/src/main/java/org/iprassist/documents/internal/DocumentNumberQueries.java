package org.iprassist.documents.internal;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read SQL of the document-number settings: how many documents of each kind the unit numbered in a
 * year, from the counters.
 */
@Component
class DocumentNumberQueries {

	private final JdbcClient jdbc;

	DocumentNumberQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the last number handed out per kind in a year (kinds without one are absent)
	 */
	Map<String, Integer> lastNumbersIn(int year) {
		return jdbc.sql("select kind, last_number from document_number_sequence where number_year = ?")
			.param(year)
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}

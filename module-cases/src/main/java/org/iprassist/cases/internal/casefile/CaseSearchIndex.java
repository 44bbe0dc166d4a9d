package org.iprassist.cases.internal.casefile;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fragment index of the case search, table {@code case_search_gram} in the unit's schema: for
 * every case, the {@link SearchGrams grams} of its party names (field {@code P}: applicant and
 * counterparty together, as the party filter searches both) and of its right number (field
 * {@code R}), with the case's receipt time so that a search can walk one gram in list order. Written
 * in the transaction that writes the case; the fields it covers do not change after intake. Each
 * gram's number of cases is kept beside it ({@code case_search_weight}), so that a search weighs its
 * grams by key lookups; the rows are written in gram order, so two intakes never wait on each
 * other's weights in opposite orders.
 */
@Component
public class CaseSearchIndex {

	static final String PARTY = "P";

	static final String RIGHT_NUMBER = "R";

	public static final String INSERT = "insert into case_search_gram (field, gram, case_id, received_at) values (?, ?, ?, ?)";

	static final String WEIGH = "insert into case_search_weight (field, gram, cases) values (?, ?, 1)"
			+ " on duplicate key update cases = cases + 1";

	private static final Comparator<Object[]> GRAM_ORDER = Comparator.comparing((Object[] row) -> (String) row[0])
		.thenComparing(row -> (String) row[1]);

	private final JdbcTemplate jdbc;

	CaseSearchIndex(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void index(CaseEntity found) {
		List<Object[]> rows = rows(found.id().toString(), found.receivedAt(), found.applicantName(),
				found.counterparty(), found.rightNumber());
		jdbc.batchUpdate(INSERT, rows);
		jdbc.batchUpdate(WEIGH, rows.stream().sorted(GRAM_ORDER).map(row -> new Object[] { row[0], row[1] }).toList());
	}

	/**
	 * The index rows of one case, shared with the changeset that indexes the cases that existed
	 * before the index.
	 */
	public static List<Object[]> rows(String caseId, LocalDateTime receivedAt, String applicantName, String counterparty,
			String rightNumber) {
		Set<String> party = SearchGrams.of(applicantName);
		party.addAll(SearchGrams.of(counterparty));
		List<Object[]> rows = new ArrayList<>();
		party.forEach(gram -> rows.add(new Object[] { PARTY, gram, caseId, receivedAt }));
		SearchGrams.of(rightNumber).forEach(gram -> rows.add(new Object[] { RIGHT_NUMBER, gram, caseId, receivedAt }));
		return rows;
	}
}

package org.iprassist.enterprise.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.iprassist.enterprise.internal.CaseStudyForms.CaseStudyView;
import org.iprassist.enterprise.internal.CaseStudyForms.PublicCaseStudy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The province's public typical cases, kept in the regional centre's schema (the caller works
 * there through {@code TenantWork.centreOf}): a copy of each accepted case study the centre made
 * public, so the public page reads one schema, not every unit's.
 */
@Component
class PublicCaseStudyQueries {

	private final JdbcClient jdbc;

	PublicCaseStudyQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Publishes a study once: a second call for the same study (a retried review) changes nothing. */
	void publish(CaseStudyView study, String unitName, LocalDateTime now) {
		int exists = jdbc.sql("select count(*) from public_case_study where id = ?")
			.param(study.id().toString())
			.query(Integer.class)
			.single();
		if (exists == 0) {
			jdbc.sql("insert into public_case_study (id, unit_code, unit_name, title, summary, body, published_at) values (?, ?, ?, ?, ?, ?, ?)")
				.params(study.id().toString(), study.unitCode(), unitName, study.title(), study.summary(), study.body(), now)
				.update();
		}
	}

	List<PublicCaseStudy> list() {
		return jdbc.sql("select id, unit_name, title, summary, '' as body, published_at from public_case_study order by published_at desc")
			.query(PublicCaseStudyQueries::row)
			.list();
	}

	Optional<PublicCaseStudy> find(UUID id) {
		return jdbc.sql("select id, unit_name, title, summary, body, published_at from public_case_study where id = ?")
			.param(id.toString())
			.query(PublicCaseStudyQueries::row)
			.optional();
	}

	private static PublicCaseStudy row(ResultSet rs, int n) throws SQLException {
		return new PublicCaseStudy(UUID.fromString(rs.getString("id")), rs.getString("unit_name"), rs.getString("title"),
				rs.getString("summary"), rs.getString("body"), rs.getTimestamp("published_at").toLocalDateTime());
	}
}

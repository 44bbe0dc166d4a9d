package org.iprassist;

import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The isolation harness with local accounts over HTTP Basic; {@code liuzhou-staff} is made unit
 * admin of {@code gx-liuzhou} for it.
 */
@IprIntegrationTest
@Tag("database")
class TenantIsolationHarnessTests extends TenantIsolationHarness {

	static final String PASSWORD = "Demo-Passw0rd";

	@Autowired
	JdbcClient jdbc;

	@Override
	RequestPostProcessor asNanningMember() {
		return httpBasic("nanning-staff", PASSWORD);
	}

	@Override
	RequestPostProcessor asLiuzhouAdmin() {
		return httpBasic("liuzhou-staff", PASSWORD);
	}

	@Override
	void prepareLiuzhouAdmin() {
		String liuzhouStaff = jdbc.sql("select id from account where username = 'liuzhou-staff'")
			.query(String.class)
			.single();
		jdbc.sql("insert into membership (account_id, scope, code, role) values (?, 'UNIT', 'gx-liuzhou', 'UNIT_ADMIN')")
			.param(liuzhouStaff)
			.update();
	}
}

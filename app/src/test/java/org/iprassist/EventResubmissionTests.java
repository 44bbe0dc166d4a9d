package org.iprassist;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.iprassist.core.tenancy.Tenancy;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.tenants.UnitProfileUpdated;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An event published in a unit's transaction is registered in that unit's schema; an async
 * listener gets the unit as its tenant, so a failure leaves the publication incomplete there (and
 * nowhere else), and the scheduled per-tenant resubmission completes it once the listener works.
 * Delivery is at least once: a resubmission may overlap a slow earlier attempt, so the listener
 * may succeed more than once.
 */
@IprIntegrationTest
@Tag("database")
@Import(EventResubmissionTests.FlakyListener.class)
@TestPropertySource(properties = { "ipr.tenancy.resubmission-interval=PT1S", "ipr.tenancy.resubmit-older-than=PT0S" })
class EventResubmissionTests {

	@Autowired
	TenantWork tenantWork;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FlakyListener listener;

	@Test
	void aFailedListenerIsResubmittedInItsOwnTenant() throws Exception {
		listener.failing(true);
		mvc.perform(put("/api/v1/t/gx-nanning/profile").with(httpBasic("nanning-staff", "Demo-Passw0rd"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"address\":\"南宁市青秀区\"}"))
			.andExpect(status().isOk());

		await().atMost(Duration.ofSeconds(20)).until(() -> listener.failures() >= 1);
		TenantWork.Scope nanning = tenantWork.unit("gx-nanning");
		assertThat(incomplete(nanning)).isEqualTo(1);
		assertThat(listener.tenantSeen()).isEqualTo("gx-nanning");
		assertThat(incompleteOnPlatform()).isZero();

		listener.failing(false);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(listener.successes()).isPositive();
			assertThat(incomplete(nanning)).isZero();
		});
	}

	private int incomplete(TenantWork.Scope tenant) {
		return tenant.call(this::incompleteHere);
	}

	private int incompleteOnPlatform() {
		return tenantWork.platform().call(this::incompleteHere);
	}

	private int incompleteHere() {
		return jdbc.sql("select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null and LISTENER_ID like '%FlakyListener%'")
			.query(Integer.class)
			.single();
	}

	/**
	 * Fails while told to, and remembers which tenant it ran in. Its state is read through methods:
	 * the bean is a proxy (the listener runs async and transactional).
	 */
	static class FlakyListener {

		private final AtomicBoolean failing = new AtomicBoolean();

		private final AtomicInteger failures = new AtomicInteger();

		private final AtomicInteger successes = new AtomicInteger();

		private final AtomicReference<String> tenantSeen = new AtomicReference<>();

		public void failing(boolean value) {
			failing.set(value);
		}

		public int failures() {
			return failures.get();
		}

		public int successes() {
			return successes.get();
		}

		public String tenantSeen() {
			return tenantSeen.get();
		}

		@ApplicationModuleListener
		void on(UnitProfileUpdated event) {
			tenantSeen.set(Tenancy.current().map(t -> t.code().value()).orElse("platform"));
			if (failing.get()) {
				failures.incrementAndGet();
				throw new IllegalStateException("Listener down for " + event.unitCode());
			}
			successes.incrementAndGet();
		}
	}
}

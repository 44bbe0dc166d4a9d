package org.iprassist;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.iprassist.cases.ecommerce.EcommerceCaseDeclined;
import org.iprassist.core.tenancy.TenantListener;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.experts.ConsultationAnswered;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@link TenantListener}s that work in another unit than the publisher's: Spring Modulith
 * registers a publication for each in the publisher's schema and marks it complete there once the
 * listener has done its work in the other unit. A listener that opened its transaction before the
 * switch would fail and leave the publication incomplete; one that ran without the publisher's
 * tenant would mark it complete in the wrong schema, leaving it incomplete in the right one.
 */
@IprIntegrationTest
@Tag("database")
class TenantListenerTests {

	@Autowired
	TenantWork work;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSubCentresDeclineReturnsTheCaseToTheCentreAndItsPublicationCompletesInTheSubCentre() {
		UUID centreCase = UUID.randomUUID();
		work.unit("gx-centre").write(() -> jdbc.sql("insert into ecommerce_case (id, case_number, origin, platform, "
				+ "shop, listing_urls, product, right_holder, patent_number, patent_type, complained_party, claims, "
				+ "contact_name, received_at, status, assigned_unit) values (?, ?, 'MANUAL', 'p', 's', 'https://x', "
				+ "'p', 'h', 'ZL201910123456.7', 'DESIGN', 'c', '权利要求1', 'n', ?, 'ASSIGNED', 'gx-liuzhou')")
			.params(centreCase.toString(), "L" + centreCase.toString().substring(0, 20), Timestamp.from(Instant.now()))
			.update());

		work.unit("gx-liuzhou").write(() -> events.publishEvent(new EcommerceCaseDeclined("gx-liuzhou", UUID.randomUUID(),
				"gx-centre", centreCase, "不属本站辖区", Instant.now())));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(completed("gx-liuzhou", "EcommerceTracking", centreCase)).isEqualTo(1);
			assertThat(work.unit("gx-centre").call(() -> jdbc.sql("select status from ecommerce_case where id = ?")
				.param(centreCase.toString())
				.query(String.class)
				.single())).isEqualTo("RECEIVED");
		});
		assertThat(registered("gx-liuzhou", "EcommerceTracking", centreCase)).isEqualTo(1);
		assertThat(registered("gx-centre", "EcommerceTracking", centreCase)).isZero();
		assertThat(registeredOnPlatform("EcommerceTracking", centreCase)).isZero();
	}

	@Test
	void anAnswerFromTheCentresPoolCompletesItsPublicationInTheCentre() {
		UUID consultation = UUID.randomUUID();
		work.unit("gx-centre").write(() -> events.publishEvent(new ConsultationAnswered("gx-nanning", consultation,
				"no-such-case", UUID.randomUUID(), Instant.now())));

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(completed("gx-centre", "ConsultationAnswers", consultation)).isEqualTo(1));
		assertThat(registered("gx-nanning", "ConsultationAnswers", consultation)).isZero();
		assertThat(registeredOnPlatform("ConsultationAnswers", consultation)).isZero();
	}

	private int completed(String unit, String listener, UUID id) {
		return work.unit(unit).call(() -> count(listener, id, "and COMPLETION_DATE is not null"));
	}

	private int registered(String unit, String listener, UUID id) {
		return work.unit(unit).call(() -> count(listener, id, ""));
	}

	private int registeredOnPlatform(String listener, UUID id) {
		return work.platform().call(() -> count(listener, id, ""));
	}

	private int count(String listener, UUID id, String condition) {
		return jdbc.sql("select count(*) from EVENT_PUBLICATION where LISTENER_ID like ? and SERIALIZED_EVENT like ? "
				+ condition)
			.params("%." + listener + ".%", "%" + id + "%")
			.query(Integer.class)
			.single();
	}
}

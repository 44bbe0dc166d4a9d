package org.iprassist.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.iprassist.core.tenancy.Tenancy;
import org.iprassist.core.tenancy.TenantDescriptor;
import org.iprassist.core.tenancy.TenantDirectory;
import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.core.web.ConflictException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;

import iprassist.testsupport.TestDatabase;

/**
 * Seals come with the unit, not with its first document: every ready unit has one as soon as the
 * application is up, the start-up backfill gives one to a unit that lacks it, and reading the seal
 * to issue never makes one. Shares {@link CaseFlowTests}' application context.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "cases.ecommerce", "cases.exhibitions",
		"cases.hotline", "cases.enforcement" })
@Tag("database")
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ StubExperts.class, MovableClock.Config.class })
class UnitSealsTests {

	@Autowired
	UnitSeals seals;

	@Autowired
	UnitSealRepository rows;

	@Autowired
	UnitSealProvisioning provisioning;

	@Autowired
	TenantDirectory tenants;

	@Test
	void everyReadyUnitHasItsSealOnceTheApplicationIsUp() {
		assertThat(tenants.readyTenants()).hasSizeGreaterThan(10).allSatisfy(tenant -> assertThat(hasSeal(tenant))
			.as(tenant.code().toString())
			.isTrue());
	}

	@Test
	void aUnitWithoutASealIsRefusedAtIssueAndGetsOneFromTheBackfillOnly() {
		TenantDescriptor guilin = tenants.find(new UnitCode("gx-guilin")).orElseThrow();
		Tenancy.runAs(guilin, rows::deleteAll);

		assertThatThrownBy(() -> Tenancy.callAs(guilin, seals::sealOf)).isInstanceOf(ConflictException.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.seal.not-ready");
		assertThat(hasSeal(guilin)).isFalse();

		provisioning.backfill();
		assertThat(hasSeal(guilin)).isTrue();
		assertThat(Tenancy.callAs(guilin, seals::sealOf).certificate().getSubjectX500Principal().getName())
			.contains("gx-guilin");
		assertThat(Tenancy.callAs(guilin, () -> seals.ensure("gx-guilin", "桂林"))).isFalse();
	}

	private boolean hasSeal(TenantDescriptor tenant) {
		return Tenancy.callAs(tenant, () -> rows.existsById(UnitSealEntity.THE_SEAL));
	}
}

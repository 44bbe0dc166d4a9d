package org.iprassist.tenants.internal;

import java.time.LocalDate;

import iprassist.testsupport.TestDatabase;

import org.iprassist.core.tenancy.TenantDirectory;
import org.iprassist.core.web.ConflictException;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.Lifecycle;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitEstablished;
import org.iprassist.tenants.UnitView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tenants module on its own (with core): (re-)establishing a unit, which records its facts and
 * publishes {@link UnitEstablished}. It needs two suspended sub-centres (Hezhou, Beihai) and an
 * established one (Liuzhou). The seeded network as a whole is checked where the product first
 * starts ({@code StartupMigrationTests}).
 */
@ApplicationModuleTest
@ContextConfiguration(initializers = TestDatabase.class)
@TestPropertySource(properties = "ipr.test.units=gx-liuzhou,gx-hezhou,gx-beihai")
class UnitLifecycleTests {

	@Autowired
	UnitManagement management;

	@Autowired
	UnitDirectory directory;

	@Autowired
	TenantDirectory tenants;

	@Test
	void theRegionalCentreOfAProvinceIsAnsweredForUnitsAndTenantsAlike() {
		assertThat(directory.regionalCentre("gx")).map(UnitView::code).contains("gx-centre");
		assertThat(tenants.findCentre("gx")).map(tenant -> tenant.code().value()).contains("gx-centre");
		assertThat(directory.regionalCentre("yn")).isEmpty();
		assertThat(tenants.findCentre("yn")).isEmpty();
	}

	@Test
	void reestablishingASuspendedSubCentreRecordsItsFactsAndTellsTheOtherModules(Scenario scenario) {
		LocalDate hung = LocalDate.of(2020, 11, 18);
		scenario.stimulate(() -> management.establish("gx", "gx-hezhou", new EstablishmentFacts(true, "贺州市八步区", hung)))
			.andWaitForEventOfType(UnitEstablished.class)
			.matching(event -> event.unitCode().equals("gx-hezhou"))
			.toArriveAndVerify(event -> {
				assertThat(event.reestablished()).isTrue();
				assertThat(event.signHungOn()).isEqualTo(hung);
			});
		var hezhou = directory.find("gx-hezhou").orElseThrow();
		assertThat(hezhou.lifecycle()).isEqualTo(Lifecycle.ESTABLISHED);
		assertThat(hezhou.premises()).isEqualTo("贺州市八步区");
		assertThat(hezhou.establishedOn()).isEqualTo(hung);
	}

	@Test
	void anEstablishedUnitCannotBeEstablishedAgainNorAnotherProvincesUnitAtAll() {
		var facts = new EstablishmentFacts(true, "柳州市", LocalDate.of(2020, 6, 1));
		assertThatThrownBy(() -> management.establish("gx", "gx-liuzhou", facts)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> management.establish("yn", "gx-beihai", facts)).isInstanceOf(NotFoundException.class);
		assertThat(directory.find("gx-beihai").orElseThrow().lifecycle()).isEqualTo(Lifecycle.SUSPENDED);
	}
}

package org.iprassist.appraisal.internal;

import java.time.LocalDate;
import java.util.List;

import iprassist.testsupport.TestDatabase;
import org.iprassist.tenants.UnitEstablished;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appraisal module with its direct dependency (tenants) and core: a unit event counts once
 * however often it is delivered, by the type name its class declares, in its unit, year and
 * month, alone or in a batch; and the seeded plan judges it.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Tag("database")
@ContextConfiguration(initializers = TestDatabase.class)
class ProgressCountingTests {

	@Autowired
	ProgressStore store;

	@Autowired
	Plans plans;

	@Autowired
	Progress progress;

	@Autowired
	EventTypes types;

	@Test
	void aRedeliveredEventCountsOnceInItsUnitYearAndMonth(Scenario scenario) {
		UnitEstablished event = new UnitEstablished("gx-nanning", "gx", LocalDate.of(2020, 10, 9), true);
		scenario.publish(event)
			.andWaitForStateChange(() -> store.counters("gx", 2020), counters -> !counters.isEmpty())
			.andVerify(counters -> assertThat(counters).containsExactly(
					new ProgressStore.Counter("tenants.UnitEstablished", "gx-nanning", 10, 1)));
		scenario.publish(event)
			.andWaitForStateChange(() -> store.records("gx", "gx-nanning", 2020, 10), records -> !records.isEmpty())
			.andVerify(records -> assertThat(records).hasSize(1));
		assertThat(store.counters("gx", 2020)).extracting(ProgressStore.Counter::total).containsExactly(1);

		var plan = plans.inForce("gx", 2020).orElseThrow();
		var judged = progress.of(plan, plans.items(plan.id()));
		assertThat(judged.ofUnit("gx-nanning"))
			.filteredOn(result -> "tenants.UnitEstablished".equals(result.target().eventType()))
			.extracting(Progress.TargetProgress::status)
			.containsExactly("MET");
	}

	@Test
	void aBatchCountsEachNewEventOnceAndMovesEachCellByItsNumber() {
		CountedEvent known = counted("known", "gx-hezhou", 3);
		assertThat(store.count(known)).isTrue();

		store.countAll(List.of(counted("a", "gx-hezhou", 3), counted("b", "gx-hezhou", 3), counted("a", "gx-hezhou", 3),
				known, counted("c", "gx-hezhou", 4), counted("d", "gx-wuzhou", 3)));

		assertThat(store.counters("gx", 2031)).containsExactlyInAnyOrder(
				new ProgressStore.Counter("tenants.UnitProfileUpdated", "gx-hezhou", 3, 3),
				new ProgressStore.Counter("tenants.UnitProfileUpdated", "gx-hezhou", 4, 1),
				new ProgressStore.Counter("tenants.UnitProfileUpdated", "gx-wuzhou", 3, 1));
		assertThat(store.records("gx", "gx-hezhou", 2031, 10)).extracting(ProgressStore.CountedRecord::eventId)
			.containsExactlyInAnyOrder("known", "a", "b", "c");

		store.countAll(List.of(counted("a", "gx-hezhou", 3), counted("c", "gx-hezhou", 4)));
		assertThat(store.counters("gx", 2031)).extracting(ProgressStore.Counter::total).containsExactlyInAnyOrder(3, 1, 1);
	}

	private static CountedEvent counted(String id, String unit, int month) {
		return new CountedEvent(id, "gx", unit, "tenants.UnitProfileUpdated", LocalDate.of(2031, month, 1), "{}");
	}

	@Test
	void eventTypesAreFoundOnTheClassPathAndAwaitedOnesKnownFromThePlans() {
		assertThat(types.find("tenants.UnitEstablished").orElseThrow().className())
			.isEqualTo(UnitEstablished.class.getName());
		assertThat(types.available("tenants.UnitEstablished")).isTrue();
		assertThat(types.find("publicity.NewsPosted").orElseThrow().available()).isFalse();
		assertThat(types.find("cases.NoSuchThing")).isEmpty();
	}
}

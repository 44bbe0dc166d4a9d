package org.iprassist.core.tenancy;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Switching tenants in code: restored afterwards, carried onto async threads and cleared there,
 * refused inside an open transaction; and what a unit code may look like.
 */
class TenancyTests {

	TenantDescriptor nanning = new TenantDescriptor(new UnitCode("gx-nanning"), "gx", "t_gx_nanning", "default", true);

	TenantDescriptor liuzhou = new TenantDescriptor(new UnitCode("gx-liuzhou"), "gx", "t_gx_liuzhou", "default", true);

	@Test
	void runAsRestoresThePreviousTenant() {
		Tenancy.runAs(nanning, () -> {
			assertThat(Tenancy.current()).contains(nanning);
			Tenancy.runAs(liuzhou, () -> assertThat(Tenancy.current()).contains(liuzhou));
			assertThat(Tenancy.callAsPlatform(Tenancy::current)).isEmpty();
			assertThat(Tenancy.current()).contains(nanning);
		});
		assertThat(Tenancy.current()).isEmpty();
	}

	@Test
	void switchingInsideATransactionIsRefused() {
		TransactionSynchronizationManager.setActualTransactionActive(true);
		try {
			assertThatThrownBy(() -> Tenancy.runAs(nanning, () -> {
			})).isInstanceOf(IllegalStateException.class);
			assertThat(Tenancy.current()).isEmpty();
		}
		finally {
			TransactionSynchronizationManager.setActualTransactionActive(false);
		}
	}

	@Test
	void asyncWorkRunsInTheSubmittersTenantAndLeavesTheThreadClean() throws InterruptedException {
		TenantTaskDecorator decorator = new TenantTaskDecorator();
		AtomicReference<Object> seen = new AtomicReference<>();
		Runnable work = Tenancy.callAs(nanning, () -> decorator.decorate(() -> seen.set(Tenancy.current().orElse(null))));
		AtomicReference<Object> after = new AtomicReference<>("unset");
		Thread worker = new Thread(() -> {
			work.run();
			after.set(Tenancy.current().orElse(null));
		});
		worker.start();
		worker.join();
		assertThat(seen.get()).isEqualTo(nanning);
		assertThat(after.get()).isNull();
	}

	@Test
	void unitCodesFollowThePattern() {
		assertThat(new UnitCode("gx-ftz-nanning").schemaName("t_")).isEqualTo("t_gx_ftz_nanning");
		for (String bad : new String[] { "GX", "g", "-gx", "gx_nanning", "gx nanning", "gx;drop", "a".repeat(42), "" }) {
			assertThatThrownBy(() -> new UnitCode(bad)).as(bad).isInstanceOf(InvalidUnitCodeException.class);
		}
	}
}

package org.iprassist.core.tenancy;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;

import org.iprassist.core.web.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Working in a unit, the platform or a province's regional centre through {@link TenantWork}, on
 * real schemas (H2) behind the routing data source: only ready units are reached (404 otherwise),
 * the transaction opens after the switch and in the right schema, a switch inside another tenant's
 * transaction is refused, and a read writes nothing.
 */
class TenantWorkTests {

	HikariDataSource pool;

	TenantRoutingDataSource routing;

	JdbcTemplate jdbc;

	TenantWork work;

	TenantDescriptor centre = tenant("gx-centre", "gx", true);

	TenantDescriptor nanning = tenant("gx-nanning", "gx", true);

	TenantDescriptor liuzhou = tenant("gx-liuzhou", "gx", true);

	TenantDescriptor guilin = tenant("gx-guilin", "gx", false);

	TenantDescriptor kunmingCentre = tenant("yn-centre", "yn", false);

	@BeforeEach
	void unitsWithARosterEach() throws SQLException {
		pool = new HikariDataSource();
		pool.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1;"
				+ "INIT=CREATE SCHEMA IF NOT EXISTS ipr_platform\\;SET SCHEMA ipr_platform");
		pool.setMaximumPoolSize(2);
		routing = new TenantRoutingDataSource(pool, Map.of());
		jdbc = new JdbcTemplate(routing);
		jdbc.execute("create table roster (name varchar(50))");
		for (TenantDescriptor tenant : List.of(centre, nanning, liuzhou, guilin)) {
			routing.createSchema(tenant);
			Tenancy.runAs(tenant, () -> jdbc.execute("create table roster (name varchar(50))"));
		}
		Map<String, TenantDescriptor> byCode = List.of(centre, nanning, liuzhou, guilin, kunmingCentre)
			.stream()
			.collect(Collectors.toMap(tenant -> tenant.code().value(), Function.identity()));
		Map<String, TenantDescriptor> centres = Map.of("gx", centre, "yn", kunmingCentre);
		work = new TenantWork(new TenantDirectory() {
			@Override
			public Optional<TenantDescriptor> find(UnitCode code) {
				return Optional.ofNullable(byCode.get(code.value()));
			}

			@Override
			public Optional<TenantDescriptor> findCentre(String provinceCode) {
				return Optional.ofNullable(centres.get(provinceCode));
			}

			@Override
			public List<TenantDescriptor> readyTenants() {
				return byCode.values().stream().filter(TenantDescriptor::ready).sorted(
						(a, b) -> a.code().value().compareTo(b.code().value())).toList();
			}
		}, new DataSourceTransactionManager(routing));
	}

	@AfterEach
	void closePool() {
		routing.close();
	}

	@Test
	void workRunsInTheUnitsSchemaInATransactionOpenedThere() {
		work.unit("gx-nanning").write(() -> {
			assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
			assertThat(Tenancy.current()).contains(nanning);
			add("南宁");
		});
		assertThat(work.unit("gx-nanning").call(this::names)).containsExactly("南宁");
		assertThat(work.unit("gx-liuzhou").read(this::names)).isEmpty();
		assertThat(work.platform().read(this::names)).isEmpty();
		assertThat(Tenancy.current()).isEmpty();
	}

	@Test
	void anUnknownMalformedOrUnreadyUnitIsNotFound() {
		for (String code : new String[] { "gx-nowhere", "GX;drop", "gx-guilin" }) {
			assertThatThrownBy(() -> work.unit(code)).as(code)
				.isInstanceOfSatisfying(NotFoundException.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("error.unit.not-found"));
			assertThat(work.findUnit(code)).as(code).isEmpty();
		}
		assertThat(work.findUnit(null)).isEmpty();
		assertThat(work.findUnit("gx-liuzhou")).map(TenantWork.Scope::unitCode).contains(Optional.of("gx-liuzhou"));
	}

	@Test
	void switchingInsideAnotherTenantsTransactionIsRefusedAndTheSameTenantJoins() {
		assertThatThrownBy(() -> work.unit("gx-nanning").write(() -> work.unit("gx-liuzhou").write(() -> add("柳州"))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Cannot switch to unit gx-liuzhou inside a transaction opened for unit gx-nanning");
		assertThatThrownBy(() -> work.unit("gx-nanning").read(() -> work.platform().call(this::names)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Cannot switch to the platform");
		work.unit("gx-nanning").write(() -> work.unit("gx-nanning").write(() -> add("南宁")));
		assertThat(work.unit("gx-nanning").read(this::names)).containsExactly("南宁");
		assertThat(work.unit("gx-liuzhou").read(this::names)).isEmpty();
	}

	@Test
	void aReadIsReadOnlyAndKeepsNothingWrittenInside() {
		List<String> seenInside = work.unit("gx-nanning").read(() -> {
			assertThat(TransactionSynchronizationManager.isCurrentTransactionReadOnly()).isTrue();
			add("不该留下");
			return names();
		});
		assertThat(seenInside).containsExactly("不该留下");
		assertThat(work.unit("gx-nanning").call(this::names)).isEmpty();
	}

	@Test
	void aReadJoiningAWriteLeavesTheWritesOutcomeAlone() {
		work.unit("gx-nanning").write(() -> {
			add("南宁");
			return work.unit("gx-nanning").read(this::names);
		});
		assertThat(work.unit("gx-nanning").call(this::names)).containsExactly("南宁");
	}

	@Test
	void theRegionalCentreOfAProvinceIsReachedWhenReady() {
		work.centreOf("gx").write(() -> add("区中心"));
		assertThat(work.unit("gx-centre").call(this::names)).containsExactly("区中心");
		assertThat(work.centreOf("gx").unitCode()).contains("gx-centre");
		for (String province : new String[] { "yn", "gd" }) {
			assertThatThrownBy(() -> work.centreOf(province)).as(province)
				.isInstanceOfSatisfying(NotFoundException.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("error.unit.no-centre"));
		}
	}

	@Test
	void everyReadyUnitIsVisitedAndOneUnitsFailureStopsNoOther() {
		Map<String, Integer> answers = work.eachReadyUnit(unit -> unit.write(() -> {
			add(unit.unitCode().orElseThrow());
			if (unit.unitCode().orElseThrow().equals("gx-liuzhou")) {
				throw new IllegalStateException("broken data in one unit");
			}
			return names().size();
		}));
		assertThat(answers).containsOnlyKeys("gx-centre", "gx-nanning");
		assertThat(work.unit("gx-nanning").call(this::names)).containsExactly("gx-nanning");
		assertThat(work.unit("gx-liuzhou").call(this::names)).as("its transaction rolled back").isEmpty();
		assertThat(Tenancy.current()).isEmpty();
	}

	@Test
	void theCurrentScopeIsTheThreadsTenant() {
		assertThat(work.current().unitCode()).isEmpty();
		assertThat(work.unit("gx-nanning").call(() -> work.current().unitCode())).contains("gx-nanning");
		work.unit("gx-nanning").run(() -> work.write(() -> add("南宁")));
		assertThat(work.unit("gx-nanning").call(this::names)).containsExactly("南宁");
	}

	private void add(String name) {
		jdbc.update("insert into roster values (?)", name);
	}

	private List<String> names() {
		return jdbc.queryForList("select name from roster", String.class);
	}

	private static TenantDescriptor tenant(String code, String province, boolean ready) {
		return new TenantDescriptor(new UnitCode(code), province, "t_" + code.replace('-', '_'), "default", ready);
	}
}

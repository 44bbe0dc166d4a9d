package org.iprassist.tenants.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import org.iprassist.core.tenancy.TenantDescriptor;
import org.iprassist.core.tenancy.TenantDirectory;
import org.iprassist.core.tenancy.TenantRoutingDataSource;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.PageResponse;
import org.iprassist.tenants.UnitView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bench-only endpoints, loaded only by {@code bench/run} (these classes are compiled into
 * {@code bench/target/classes} and put on the class path of the benchmarked application; they are
 * never part of the application jar). They sit in the tenant store's package so that they can call
 * its package-private services exactly as its own controllers do.
 * <p>
 * {@code /bench/**} is open without login: it exists only on a bench run bound to loopback.
 */
@Configuration(proxyBeanMethods = false)
class BenchEndpoints {

	@Bean
	@Order(0)
	SecurityFilterChain benchSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/bench/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@RestController
	@RequestMapping("/bench")
	static class BenchController {

		private final ProvisioningManagement provisioning;

		private final UnitProfileManagement profiles;

		private final TenantDirectory tenants;

		private final TenantWork work;

		private final HikariDataSource pool;

		BenchController(ProvisioningManagement provisioning, UnitProfileManagement profiles, TenantDirectory tenants, TenantWork work,
				DataSource dataSource) throws Exception {
			this.provisioning = provisioning;
			this.profiles = profiles;
			this.tenants = tenants;
			this.work = work;
			this.pool = ((TenantRoutingDataSource) dataSource).getTargetDataSource().unwrap(HikariDataSource.class);
		}

		/**
		 * Registers a unit and provisions it synchronously (create schema, apply every tenant
		 * migration, mark ready), timing {@link ProvisioningManagement#provision} alone.
		 */
		@PostMapping("/units")
		Map<String, Object> provision(@RequestBody NewUnit unit) {
			provisioning.register(unit);
			long started = System.nanoTime();
			UnitView provisioned = provisioning.provision(unit.code());
			double ms = (System.nanoTime() - started) / 1e6;
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("code", provisioned.code());
			result.put("provisioning", provisioned.provisioning().name());
			result.put("error", provisioned.provisioningError());
			result.put("ms", ms);
			return result;
		}

		/**
		 * A: the roster page through a tenant session (the connection is switched to the unit's
		 * schema and back).
		 */
		@GetMapping("/tenant/{unit}/staff")
		PageResponse<StaffView> tenantStaff(@PathVariable("unit") String unit, Pageable pageable) {
			return work.unit(unit).call(() -> PageResponse.of(profiles.staff(pageable)));
		}

		/**
		 * B: the same service call, query and table content on a fixed schema (the platform
		 * schema: the routing data source does not switch for it).
		 */
		@GetMapping("/fixed/staff")
		PageResponse<StaffView> fixedStaff(Pageable pageable) {
			return work.platform().call(() -> PageResponse.of(profiles.staff(pageable)));
		}

		@GetMapping("/pool")
		Map<String, Object> pool() {
			HikariPoolMXBean stats = pool.getHikariPoolMXBean();
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("pool", pool.getPoolName());
			result.put("maximumPoolSize", pool.getMaximumPoolSize());
			result.put("total", stats.getTotalConnections());
			result.put("active", stats.getActiveConnections());
			result.put("idle", stats.getIdleConnections());
			result.put("waiting", stats.getThreadsAwaitingConnection());
			result.put("readyTenants", tenants.readyTenants().size());
			return result;
		}

		/**
		 * Reads one roster page in every ready tenant, {@code threads} tenants at a time, and
		 * reports the most connections the pool ever held meanwhile.
		 */
		@PostMapping("/sweep")
		Map<String, Object> sweep(@RequestParam(name = "threads", defaultValue = "50") int threads)
				throws Exception {
			List<TenantDescriptor> ready = tenants.readyTenants();
			HikariPoolMXBean stats = pool.getHikariPoolMXBean();
			AtomicInteger peakTotal = new AtomicInteger();
			AtomicInteger peakActive = new AtomicInteger();
			AtomicBoolean running = new AtomicBoolean(true);
			Thread sampler = new Thread(() -> {
				while (running.get()) {
					peakTotal.accumulateAndGet(stats.getTotalConnections(), Math::max);
					peakActive.accumulateAndGet(stats.getActiveConnections(), Math::max);
					try {
						Thread.sleep(2);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "bench-pool-sampler");
			sampler.start();
			long started = System.nanoTime();
			ExecutorService executor = Executors.newFixedThreadPool(threads);
			long rows = 0;
			try {
				List<Future<Long>> results = new ArrayList<>();
				for (TenantDescriptor tenant : ready) {
					results.add(executor.submit(() -> work.unit(tenant.code()).call(
							() -> profiles.staff(PageRequest.of(0, 20)).getTotalElements())));
				}
				for (Future<Long> result : results) {
					rows += result.get();
				}
			}
			finally {
				executor.shutdown();
				executor.awaitTermination(1, TimeUnit.MINUTES);
				running.set(false);
				sampler.join();
			}
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("tenants", ready.size());
			result.put("threads", threads);
			result.put("ms", (System.nanoTime() - started) / 1e6);
			result.put("rows", rows);
			result.put("maximumPoolSize", pool.getMaximumPoolSize());
			result.put("peakTotal", peakTotal.get());
			result.put("peakActive", peakActive.get());
			result.put("totalAfter", stats.getTotalConnections());
			return result;
		}
	}
}

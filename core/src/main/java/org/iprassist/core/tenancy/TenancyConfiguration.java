package org.iprassist.core.tenancy;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.hibernate.cfg.MappingSettings;
import org.hibernate.cfg.MultiTenancySettings;
import org.iprassist.core.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskDecorator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.support.CompletionMode;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the tenancy runtime: wraps the one data source Spring Boot configures in a
 * {@link TenantRoutingDataSource}, hands Hibernate its multi-tenant connection provider, carries
 * the tenant onto async threads, and installs the request interceptor that takes the tenant from
 * the URL.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenancyProperties.class)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
@PropertySource("classpath:ipr-core-defaults.properties")
class TenancyConfiguration {

	@Bean
	static BeanPostProcessor tenantRoutingDataSourcePostProcessor(Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource primary && !(bean instanceof TenantRoutingDataSource)
						&& "dataSource".equals(beanName)) {
					TenancyProperties properties = Binder.get(environment)
						.bindOrCreate("ipr.tenancy", TenancyProperties.class);
					return new TenantRoutingDataSource(primary, furtherServers(properties,
							primary instanceof HikariDataSource pool ? pool.getMaximumPoolSize() : 10));
				}
				return bean;
			}
		};
	}

	static Map<String, DataSource> furtherServers(TenancyProperties properties, int primaryPoolSize) {
		Map<String, DataSource> servers = new LinkedHashMap<>();
		properties.servers().forEach((key, server) -> {
			HikariDataSource pool = DataSourceBuilder.create()
				.type(HikariDataSource.class)
				.url(server.url())
				.username(server.username())
				.password(server.password())
				.build();
			pool.setMaximumPoolSize(server.maximumPoolSize() != null ? server.maximumPoolSize() : primaryPoolSize);
			pool.setPoolName("ipr-" + key);
			servers.put(key, pool);
		});
		return servers;
	}

	@Bean
	HibernatePropertiesCustomizer tenancyHibernateCustomizer(DataSource dataSource,
			ObjectProvider<TenantDirectory> directory) {
		TenantRoutingDataSource routing = (TenantRoutingDataSource) dataSource;
		return properties -> {
			properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER,
					new SchemaPerTenantConnectionProvider(routing, directory));
			properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new CurrentUnitIdentifierResolver());
			properties.put(MappingSettings.PREFERRED_UUID_JDBC_TYPE, "CHAR");
		};
	}

	/**
	 * Spring Session always stores sessions in the platform schema. It writes when a response is
	 * committed, which may happen while a unit's request still has its tenant set, so it takes the
	 * platform's connections, never the current tenant's. Not a default candidate: everything else keeps getting
	 * the routing data source, and Spring Boot still configures it.
	 */
	@Bean(defaultCandidate = false, destroyMethod = "")
	@SpringSessionDataSource
	DataSource springSessionDataSource(@Qualifier("dataSource") DataSource dataSource) {
		return ((TenantRoutingDataSource) dataSource).platform();
	}

	/**
	 * Spring Modulith's JDBC store, batched (see {@link BatchingEventPublicationRepository}). The
	 * marks are written as updates, so completed publications stay in the table, Modulith's default
	 * completion mode; another mode is refused rather than half-honoured.
	 */
	@Bean
	@Primary
	BatchingEventPublicationRepository batchingEventPublicationRepository(
			@Qualifier("jdbcEventPublicationRepository") EventPublicationRepository store, JdbcTemplate jdbc,
			EventSerializer serializer, PlatformTransactionManager transactionManager, Environment environment) {
		if (CompletionMode.from(environment) != CompletionMode.UPDATE) {
			throw new IllegalStateException(CompletionMode.PROPERTY + " must be UPDATE: completion marks are written as batched updates");
		}
		return new BatchingEventPublicationRepository(store, new PublicationInserts(jdbc, serializer),
				new PublicationMarks(jdbc, transactionManager));
	}

	@Bean
	@Primary
	BatchingEventPublicationRegistry batchingEventPublicationRegistry(
			@Qualifier("eventPublicationRegistry") EventPublicationRegistry registry) {
		return new BatchingEventPublicationRegistry(registry);
	}

	@Bean
	TaskDecorator tenantTaskDecorator() {
		return new TenantTaskDecorator();
	}

	@Bean
	TenantSchemaMigrator tenantSchemaMigrator(DataSource dataSource) {
		return new TenantSchemaMigrator((TenantRoutingDataSource) dataSource, getClass().getClassLoader());
	}

	@Bean
	PlatformJdbc platformJdbc(DataSource dataSource) {
		return new PlatformJdbc((TenantRoutingDataSource) dataSource);
	}

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		JdbcTemplate platform = new JdbcTemplate(((TenantRoutingDataSource) dataSource).platform());
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(platform)
			.withTableName("shedlock")
			.usingDbTime()
			.build());
	}

	@Bean
	WebMvcConfigurer tenantInterceptorConfigurer(TenantDirectory directory, AuditTrail audit) {
		TenantInterceptor interceptor = new TenantInterceptor(directory, audit);
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(interceptor).addPathPatterns("/t/**", "/api/v1/t/**");
			}
		};
	}
}

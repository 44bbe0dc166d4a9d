package org.iprassist.core.tenancy;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the tenancy runtime ({@code ipr.tenancy.*}).
 *
 * @param schemaPrefix prepended to a unit's schema name, so that several installations (or test
 *        runs) can share a database server
 * @param servers further database servers by key, each with its own pool; the key
 *        {@code default} always means the primary data source
 * @param resubmissionInterval how often incomplete event publications are resubmitted
 * @param resubmitOlderThan how old an incomplete publication must be before it is resubmitted
 */
@ConfigurationProperties("ipr.tenancy")
public record TenancyProperties(@DefaultValue("t_") String schemaPrefix, Map<String, Server> servers,
		@DefaultValue("PT1M") Duration resubmissionInterval,
		@DefaultValue("PT2M") Duration resubmitOlderThan) {

	public static final String DEFAULT_SERVER = "default";

	public TenancyProperties {
		servers = servers == null ? Map.of() : Map.copyOf(servers);
	}

	/**
	 * A further database server.
	 *
	 * @param maximumPoolSize its pool's size; when not set, the primary pool's
	 */
	public record Server(String url, String username, String password, Integer maximumPoolSize) {
	}
}

package org.iprassist.tenants.internal;

import java.util.Map;

import org.iprassist.core.security.KeycloakProperties;
import org.iprassist.core.tenancy.TenantWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Writes the realms configured in {@code ipr.auth.keycloak.realms.<province>} into the tenant store
 * when the application starts, before anything provisions units or checks a token, so that the
 * store is what the login trusts. A configured province that does not exist stops the start: a
 * typo must not leave a province without its realm.
 */
@Component
@ConditionalOnProperty(name = "ipr.auth.mode", havingValue = "keycloak")
class ProvinceRealmsAtStartup implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(ProvinceRealmsAtStartup.class);

	private final Provinces provinces;

	private final TenantWork.Scope platform;

	private final CachedUnitDirectory directory;

	private final Map<String, String> realms;

	ProvinceRealmsAtStartup(Provinces provinces, TenantWork work, CachedUnitDirectory directory,
			KeycloakProperties properties) {
		this.provinces = provinces;
		this.platform = work.platform();
		this.directory = directory;
		this.realms = properties.realms();
	}

	@Override
	public void afterPropertiesSet() {
		platform.write(() -> realms.forEach((code, issuer) -> {
			ProvinceEntity province = provinces.findById(code)
				.orElseThrow(() -> new IllegalStateException("ipr.auth.keycloak.realms." + code + " names no province"));
			province.useRealm(issuer);
			log.info("Province {} trusts the realm {}", code, issuer);
		}));
		directory.invalidate();
	}
}

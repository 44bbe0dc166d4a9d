package org.iprassist.core.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Local accounts ({@code ipr.auth.mode=local}) keep memberships in the tenant store, so a new unit
 * needs nothing at an identity provider.
 */
@Component
@ConditionalOnProperty(name = "ipr.auth.mode", havingValue = "local", matchIfMissing = true)
class LocalIdentityProvisioning implements IdentityProvisioning {

	@Override
	public void ensureUnit(String provinceCode, String unitCode, String unitName) {
	}
}

package org.iprassist.core.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which tenant a new session belongs to: the thread's unit, or the platform.
 */
final class CurrentUnitIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

	@Override
	public String resolveCurrentTenantIdentifier() {
		TenantDescriptor tenant = TenantContext.get();
		return tenant == null ? PlatformTenant.IDENTIFIER : tenant.code().value();
	}

	@Override
	public boolean validateExistingCurrentSessions() {
		return true;
	}
}

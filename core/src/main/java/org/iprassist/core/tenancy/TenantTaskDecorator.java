package org.iprassist.core.tenancy;

import org.springframework.core.task.TaskDecorator;

/**
 * Carries the submitting thread's tenant onto async work and clears it afterwards. Without it an
 * {@code @ApplicationModuleListener} runs on the platform schema, and its event publication,
 * stored in the tenant's schema, is never marked complete.
 */
final class TenantTaskDecorator implements TaskDecorator {

	@Override
	public Runnable decorate(Runnable runnable) {
		TenantDescriptor tenant = TenantContext.get();
		return () -> {
			TenantDescriptor previous = TenantContext.get();
			if (tenant == null) {
				TenantContext.clear();
			}
			else {
				TenantContext.set(tenant);
			}
			try {
				runnable.run();
			}
			finally {
				if (previous == null) {
					TenantContext.clear();
				}
				else {
					TenantContext.set(previous);
				}
			}
		};
	}
}

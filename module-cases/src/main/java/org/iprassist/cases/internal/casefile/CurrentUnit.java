package org.iprassist.cases.internal.casefile;

import org.iprassist.core.tenancy.Tenancy;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Component;

/**
 * The unit whose schema the current thread works in, as the tenant store describes it. Casework
 * always runs inside a unit: a {@code /t/{unit}/} request or a {@code Tenancy} switch.
 */
@Component
public class CurrentUnit {

	private final UnitDirectory directory;

	CurrentUnit(UnitDirectory directory) {
		this.directory = directory;
	}

	public String code() {
		return Tenancy.current()
			.map(tenant -> tenant.code().toString())
			.orElseThrow(() -> new IllegalStateException("Casework runs inside a unit"));
	}

	public UnitView view() {
		String code = code();
		return directory.find(code).orElseThrow(() -> new IllegalStateException("Unknown unit " + code));
	}
}

package org.iprassist.experts.internal;

import java.util.function.Supplier;

import org.iprassist.core.tenancy.Tenancy;
import org.iprassist.core.tenancy.TenantDescriptor;
import org.iprassist.core.tenancy.TenantDirectory;
import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitType;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The way from any unit of a province to its pool: the pool and its consultations live in the
 * regional centre's schema, so work on them switches to that tenant (outside any transaction, as
 * the tenancy runtime requires) and opens its own transaction there. Events published inside land
 * in the centre's publication table.
 */
@Component
class CentreSchema {

	private final UnitDirectory units;

	private final TenantDirectory tenants;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	CentreSchema(UnitDirectory units, TenantDirectory tenants, PlatformTransactionManager transactions) {
		this.units = units;
		this.tenants = tenants;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/**
	 * @return the code of the unit whose request is current
	 */
	String currentUnit() {
		return Tenancy.current().orElseThrow(() -> new IllegalStateException("No unit is current")).code().value();
	}

	/**
	 * @return the regional centre of the current unit's province
	 */
	UnitView centre() {
		String province = units.find(currentUnit()).orElseThrow().provinceCode();
		return units.ofProvince(province)
			.stream()
			.filter(unit -> unit.type() == UnitType.REGIONAL_CENTRE)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("experts.no-centre", province));
	}

	boolean currentIsCentre() {
		return centre().code().equals(currentUnit());
	}

	<T> T write(Supplier<T> work) {
		return Tenancy.callAs(descriptor(), () -> writing.execute(status -> work.get()));
	}

	<T> T read(Supplier<T> work) {
		return Tenancy.callAs(descriptor(), () -> reading.execute(status -> work.get()));
	}

	private TenantDescriptor descriptor() {
		String code = centre().code();
		return tenants.find(new UnitCode(code))
			.filter(TenantDescriptor::ready)
			.orElseThrow(() -> new NotFoundException("experts.no-centre", code));
	}
}

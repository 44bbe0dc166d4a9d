package org.iprassist.tenants;

import java.time.LocalDate;

/**
 * A unit as other modules and the web layer see it.
 *
 * @param code unit code, e.g. {@code gx-nanning}
 * @param provinceCode province, e.g. {@code gx}
 * @param name the unit's Chinese name
 * @param type regional centre, sub-centre or workstation
 * @param generalWorkstation whether the workstation coordinates others (工作总站)
 * @param parentCode the unit it reports to, {@code null} for a regional centre
 * @param city the city it sits in
 * @param hostOrganisation the body hosting a workstation
 * @param supervisingAuthority the body the unit reports to (业务主管单位)
 * @param lifecycle where it stands in the network
 * @param establishedOn when it (re)opened, if it has
 * @param staffInPlace whether its staff are in place (re-establishment fact)
 * @param premises its premises (re-establishment fact)
 * @param signHungOn when its sign was hung (re-establishment fact)
 * @param provisioning how far its schema is set up
 * @param provisioningError why provisioning failed, if it did
 */
public record UnitView(String code, String provinceCode, String name, UnitType type, boolean generalWorkstation,
		String parentCode, String city, String hostOrganisation, String supervisingAuthority, Lifecycle lifecycle,
		LocalDate establishedOn, boolean staffInPlace, String premises, LocalDate signHungOn,
		ProvisioningStatus provisioning, String provisioningError) {

	public boolean ready() {
		return provisioning == ProvisioningStatus.READY;
	}
}

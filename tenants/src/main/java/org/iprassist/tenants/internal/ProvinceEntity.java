package org.iprassist.tenants.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A province: the top of a tenant tree, overseen by its regional centre.
 */
@Entity
@Table(name = "province")
class ProvinceEntity {

	@Id
	private String code;

	private String name;

	protected ProvinceEntity() {
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}
}

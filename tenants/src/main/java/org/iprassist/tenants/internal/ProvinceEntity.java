package org.iprassist.tenants.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A province: the top of a tenant tree, overseen by its regional centre. With Keycloak it has its
 * own realm, named by the realm's issuer URI.
 */
@Entity
@Table(name = "province")
class ProvinceEntity {

	@Id
	private String code;

	private String name;

	private String issuerUri;

	protected ProvinceEntity() {
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	String issuerUri() {
		return issuerUri;
	}

	void useRealm(String issuerUri) {
		this.issuerUri = issuerUri;
	}
}

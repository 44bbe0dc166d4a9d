package org.iprassist.tenants;

/**
 * Where a unit stands in the network. A planned unit has not opened yet; a suspended one has
 * stopped working and waits for re-establishment (重新挂牌), which records that staff and premises
 * are in place and the sign is hung, and makes it established again.
 */
public enum Lifecycle {
	PLANNED, ESTABLISHED, SUSPENDED, ARCHIVED
}

package org.iprassist.tenants;

/**
 * The three kinds of unit in an assistance network.
 */
public enum UnitType {
	/** 区中心: the province-level unit that oversees the others. */
	REGIONAL_CENTRE,
	/** 分中心: a city-level unit. */
	SUB_CENTRE,
	/** 工作站: a unit hosted by an association, institute, park or free-trade-zone area. */
	WORKSTATION
}

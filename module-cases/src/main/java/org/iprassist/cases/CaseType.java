package org.iprassist.cases;

/**
 * The kinds of case this module handles; events carry it so that a listener counting cases (the
 * appraisal) can tell an assistance application from a complaint without reading the case.
 */
public enum CaseType {

	/** 维权援助申请, ending in an opinion letter. */
	ASSISTANCE_APPLICATION,

	/** 举报投诉, ending in a transfer to the market-regulation bureau. */
	COMPLAINT
}

package org.iprassist.experts;

/**
 * Where a consultation addressed to one expert stands.
 */
public enum ConsultationStatus {
	REQUESTED, ANSWERED, DECLINED, WITHDRAWN
}

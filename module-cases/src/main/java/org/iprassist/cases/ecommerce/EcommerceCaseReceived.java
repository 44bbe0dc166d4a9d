package org.iprassist.cases.ecommerce;

import java.time.Instant;
import java.util.UUID;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;

/**
 * An e-commerce case reached a unit (from a platform's intake or entered by hand); its 24-hour clock starts at {@code receivedAt}.
 */
@EventName("cases.EcommerceCaseReceived")
public record EcommerceCaseReceived(String unitCode, UUID caseId, String caseNumber, String platform, Instant receivedAt) implements UnitEvent {

	@Override
	public Occurrence occurred() {
		return Occurrence.at(receivedAt);
	}
}

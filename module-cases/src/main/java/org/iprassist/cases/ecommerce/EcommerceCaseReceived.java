package org.iprassist.cases.ecommerce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.iprassist.core.tenancy.UnitEvent;

/**
 * An e-commerce case reached a unit (from a platform's intake or entered by hand); its 24-hour clock starts at {@code receivedAt}.
 */
public record EcommerceCaseReceived(String unitCode, UUID caseId, String caseNumber, String platform, Instant receivedAt) implements UnitEvent {

	@Override
	public LocalDate occurredOn() {
		return LocalDate.ofInstant(receivedAt, ZoneId.of("Asia/Shanghai"));
	}
}

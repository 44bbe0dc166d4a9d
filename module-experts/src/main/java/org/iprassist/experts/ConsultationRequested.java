package org.iprassist.experts;

import java.time.Instant;
import java.util.UUID;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;

/**
 * A consultation was requested for a matter of the asking unit ({@code unitCode}); the
 * module that owns the matter recognises it by its reference.
 */
@EventName("experts.ConsultationRequested")
public record ConsultationRequested(String unitCode, UUID consultationId, String matterReference, UUID expertId,
		Instant occurredAt) implements UnitEvent {

	@Override
	public Occurrence occurred() {
		return Occurrence.at(occurredAt);
	}
}

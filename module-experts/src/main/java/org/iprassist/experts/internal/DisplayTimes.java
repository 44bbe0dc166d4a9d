package org.iprassist.experts.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Shows the instants of the module's records (consultations are kept as instants for other
 * modules) in the network's time zone on its pages, as {@code times.of(instant)}.
 */
@ControllerAdvice(assignableTypes = { ConsultationPages.class, ExpertPages.class })
public final class DisplayTimes {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ConsultationEntity.ZONE);

	@ModelAttribute("times")
	DisplayTimes times() {
		return this;
	}

	public String of(Instant instant) {
		return instant == null ? "—" : FORMAT.format(instant);
	}
}

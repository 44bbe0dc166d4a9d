package org.iprassist.experts.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Shows the instants of the module's records (consultations are kept as instants for other
 * modules) in the network's time zone (the {@link Clock}'s) on its pages, as {@code times.of(instant)}.
 */
@ControllerAdvice(assignableTypes = { ConsultationPagesController.class, ExpertPagesController.class })
public final class DisplayTimes {

	private final DateTimeFormatter format;

	DisplayTimes(Clock clock) {
		this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
	}

	@ModelAttribute("times")
	DisplayTimes times() {
		return this;
	}

	public String of(Instant instant) {
		return instant == null ? "—" : format.format(instant);
	}
}

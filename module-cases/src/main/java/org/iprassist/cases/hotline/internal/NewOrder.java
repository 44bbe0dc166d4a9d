package org.iprassist.cases.hotline.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A work order as the hotline forwards it: its own order number, when it was received, what it
 * says and by when a reply is due.
 */
record NewOrder(@NotBlank @Size(max = 40) String orderNumber,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime receivedAt,
		@NotBlank @Size(max = 4000) String content, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate replyDue) {
}

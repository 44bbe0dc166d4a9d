package org.iprassist.enterprise.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iprassist.core.personaldata.ValidCreditCode;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A through-train service item: the enterprise (name and unified social credit code, checked by its
 * GB 32100 check character), what was done, and when.
 */
record ThroughTrainItem(@NotBlank @Size(max = 200) String enterprise, @NotBlank @ValidCreditCode String creditCode,
		@NotBlank @Size(max = 1000) String service, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate servedOn) {
}

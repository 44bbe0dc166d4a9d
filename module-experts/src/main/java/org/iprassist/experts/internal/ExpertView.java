package org.iprassist.experts.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An expert as pages and the API show them; phone and ID number are masked unless the viewer's
 * role needs them whole.
 *
 * @param recommendedBy the code of the unit that recommended the expert
 */
public record ExpertView(UUID id, String name, String title, String employer, String qualifications,
		List<String> rightTypes, String technicalFields, String languages, String email, String phone, String idNumber,
		List<String> affiliations, String status, BigDecimal rating, String accountUsername, String recommendedBy,
		String recommendationReason, LocalDateTime createdAt) {
}

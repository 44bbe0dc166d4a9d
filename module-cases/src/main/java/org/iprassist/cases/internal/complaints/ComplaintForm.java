package org.iprassist.cases.internal.complaints;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.iprassist.cases.internal.casefile.ValidRightNumber;
import org.iprassist.core.personaldata.ValidPhoneNumber;
import org.iprassist.experts.RightType;

/**
 * A complaint as received: the reporter may stay anonymous; the reported party, the facts and the
 * city whose bureau has jurisdiction are required.
 */
@ValidRightNumber
public record ComplaintForm(Boolean anonymous, @Size(max = 100) String reporterName,
		@ValidPhoneNumber @Size(max = 20) String reporterPhone, @NotBlank @Size(max = 100) String reportedParty,
		RightType rightType, @Size(max = 40) String rightNumber, @NotBlank @Size(max = 4000) String facts,
		@NotBlank @Size(max = 50) String jurisdictionCity) implements ValidRightNumber.HasRight {

	public static ComplaintForm empty() {
		return new ComplaintForm(false, null, null, null, RightType.PATENT, null, null, null);
	}

	public boolean isAnonymous() {
		return Boolean.TRUE.equals(anonymous);
	}
}

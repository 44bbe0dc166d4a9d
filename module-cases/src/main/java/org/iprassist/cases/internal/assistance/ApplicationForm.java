package org.iprassist.cases.internal.assistance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iprassist.cases.internal.casefile.ApplicantKind;
import org.iprassist.cases.internal.casefile.ValidRightNumber;
import org.iprassist.core.personaldata.ValidCreditCode;
import org.iprassist.core.personaldata.ValidIdNumber;
import org.iprassist.core.personaldata.ValidPhoneNumber;
import org.iprassist.experts.RightType;

/**
 * An assistance application as staff or the applicant enter it. Every field is bounded; a person
 * is identified by an ID number, an enterprise by its unified social credit code.
 */
@ValidRightNumber
@ApplicantIdentified
public record ApplicationForm(@NotNull ApplicantKind applicantKind, @NotBlank @Size(max = 100) String applicantName,
		@ValidIdNumber @Size(max = 18) String idNumber, @ValidPhoneNumber @Size(max = 20) String phone,
		@ValidCreditCode @Size(max = 18) String creditCode, @NotNull RightType rightType,
		@NotBlank @Size(max = 40) String rightNumber, @NotBlank @Size(max = 100) String counterparty,
		@NotBlank @Size(max = 4000) String facts) implements ValidRightNumber.HasRight {

	public static ApplicationForm empty() {
		return new ApplicationForm(ApplicantKind.PERSON, null, null, null, null, RightType.PATENT, null, null, null);
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}

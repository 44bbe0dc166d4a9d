package org.iprassist.cases.internal.assistance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.iprassist.cases.internal.casefile.ApplicantKind;

/**
 * An application whose applicant carries the identifier its kind needs: an ID number for a
 * person, a unified social credit code for an enterprise. The message goes on the missing field.
 */
@Documented
@Constraint(validatedBy = ApplicantIdentified.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ApplicantIdentified {

	String message() default "{validation.identifier.required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the form's identifier against its applicant kind. */
	class Check implements ConstraintValidator<ApplicantIdentified, ApplicationForm> {

		@Override
		public boolean isValid(ApplicationForm form, ConstraintValidatorContext context) {
			if (form == null || form.applicantKind() == null) {
				return true;
			}
			String missing = null;
			if (form.applicantKind() == ApplicantKind.PERSON && ApplicationForm.blank(form.idNumber())) {
				missing = "idNumber";
			}
			if (form.applicantKind() == ApplicantKind.ENTERPRISE && ApplicationForm.blank(form.creditCode())) {
				missing = "creditCode";
			}
			if (missing == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode(missing)
				.addConstraintViolation();
			return false;
		}
	}
}

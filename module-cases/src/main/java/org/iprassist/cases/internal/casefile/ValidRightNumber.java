package org.iprassist.cases.internal.casefile;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.iprassist.experts.RightType;

/**
 * A form whose right number, when the right is a patent, is a valid Chinese patent number (see
 * {@link PatentNumbers}); the message is put on the {@code rightNumber} field.
 */
@Documented
@Constraint(validatedBy = ValidRightNumber.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidRightNumber {

	String message() default "{validation.patent-number}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** What a form with a right type and number exposes. */
	interface HasRight {

		RightType rightType();

		String rightNumber();
	}

	/** Checks patent numbers only; other rights have no national number format worth enforcing. */
	class Check implements ConstraintValidator<ValidRightNumber, HasRight> {

		@Override
		public boolean isValid(HasRight form, ConstraintValidatorContext context) {
			if (form == null || form.rightType() != RightType.PATENT || form.rightNumber() == null
					|| form.rightNumber().isBlank() || PatentNumbers.isValid(form.rightNumber())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("rightNumber")
				.addConstraintViolation();
			return false;
		}
	}
}

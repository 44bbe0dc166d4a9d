package org.iprassist.core.personaldata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A resident ID number valid under GB 11643 (empty passes: combine with {@code @NotBlank} when
 * required).
 */
@Documented
@Constraint(validatedBy = ValidIdNumber.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIdNumber {

	String message() default "{validation.id-number}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the value with {@link IdNumbers}. */
	class Check implements ConstraintValidator<ValidIdNumber, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || IdNumbers.isValid(value);
		}
	}
}

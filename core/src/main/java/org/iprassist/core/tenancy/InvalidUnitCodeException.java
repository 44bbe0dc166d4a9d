package org.iprassist.core.tenancy;

import org.iprassist.core.web.BadRequestException;

/**
 * A unit code that breaks {@link UnitCode#PATTERN}: always the caller's mistake, answered with 400.
 */
public class InvalidUnitCodeException extends BadRequestException {

	public InvalidUnitCodeException(String value) {
		super("error.unit-code.invalid", UnitCode.PATTERN);
	}
}

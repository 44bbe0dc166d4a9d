package org.iprassist.core.tenancy;

import java.util.regex.Pattern;

/**
 * The code of a unit, such as {@code gx-nanning}: the tenant's name in every URL and event, and
 * the source of its schema name. Codes are lower-case so that they map onto schema names the same
 * way on every database.
 *
 * @param value the code, must match {@value #PATTERN}
 */
public record UnitCode(String value) {

	public static final String PATTERN = "[a-z][a-z0-9-]{1,40}";

	private static final Pattern VALID = Pattern.compile(PATTERN);

	public UnitCode {
		if (!isValid(value)) {
			throw new InvalidUnitCodeException(value);
		}
	}

	public static boolean isValid(String value) {
		return value != null && VALID.matcher(value).matches();
	}

	/**
	 * The schema holding this unit's data: {@code gx-nanning} with prefix {@code t_} becomes
	 * {@code t_gx_nanning}.
	 */
	public String schemaName(String prefix) {
		return prefix + value.replace('-', '_');
	}

	@Override
	public String toString() {
		return value;
	}
}

package org.iprassist.enterprise.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * An enterprise's size class as the register records it; {@code label} is how the Chinese import
 * template writes it.
 */
enum EnterpriseSize {

	MICRO("微型"), SMALL("小型"), MEDIUM("中型"), LARGE("大型");

	private final String label;

	EnterpriseSize(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

	static Optional<EnterpriseSize> fromCell(String cell) {
		return Arrays.stream(values())
			.filter(size -> size.label.equals(cell) || size.name().equalsIgnoreCase(cell))
			.findFirst();
	}
}

package org.iprassist.cases.ecommerce.internal;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a platform (or a staff member entering it by hand) says about an e-commerce case. Every
 * field is bounded so that an oversized case is refused as a whole rather than cut.
 *
 * @param reference the platform's own case reference; intake is idempotent on it
 * @param patentType {@code INVENTION}, {@code UTILITY_MODEL} or {@code DESIGN}
 * @param claims the claims asserted, one per entry (e.g. "权利要求1")
 */
record CaseDetails(@NotBlank @Size(max = 100) String reference, @NotBlank @Size(max = 100) String platform,
		@NotBlank @Size(max = 200) String shop, @Size(max = 50) String shopCity,
		@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+") String> listingUrls,
		@NotBlank @Size(max = 200) String product, @NotBlank @Size(max = 200) String rightHolder,
		@NotBlank @Pattern(regexp = PATENT_NUMBER) String patentNumber,
		@NotBlank @Pattern(regexp = "INVENTION|UTILITY_MODEL|DESIGN") String patentType,
		@NotBlank @Size(max = 200) String complainedParty,
		@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 300) String> claims,
		@Size(max = 20) List<@NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+") String> evidenceLinks,
		@NotBlank @Size(max = 50) String contactName, @Email @Size(max = 100) String contactEmail,
		@Size(max = 30) @Pattern(regexp = "[0-9+() -]*") String contactPhone, @Size(max = 500) String callbackUrl) {

	/** Chinese patent or application numbers: {@code ZL201910123456.7}, {@code CN201910123456.7}, {@code 201910123456X}. */
	static final String PATENT_NUMBER = "(ZL|CN)?\\s?(\\d{12}|\\d{8})\\.?[0-9X]";

	static final int MAX_JOINED = 4000;

	static String joined(List<String> lines) {
		return lines == null || lines.isEmpty() ? null : String.join("\n", lines.stream().map(String::strip).toList());
	}

	/**
	 * @return whether the lists, once stored one per line, still fit their columns
	 */
	boolean fits() {
		return fits(listingUrls) && fits(claims) && fits(evidenceLinks);
	}

	private static boolean fits(List<String> lines) {
		String joined = joined(lines);
		return joined == null || joined.length() <= MAX_JOINED;
	}
}

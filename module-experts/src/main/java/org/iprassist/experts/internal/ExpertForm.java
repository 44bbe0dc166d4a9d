package org.iprassist.experts.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.iprassist.core.personaldata.ValidIdNumber;
import org.iprassist.core.personaldata.ValidPhoneNumber;
import org.iprassist.experts.RightType;

/**
 * An expert as a recommending unit, the regional centre or an import row describes them. Lists that
 * people type in one field (qualifications, fields, languages) are separated by commas or 、;
 * affiliations, being organisation names that may contain commas, one per line or by semicolons.
 *
 * @param reason why the expert is recommended
 */
public record ExpertForm(@NotBlank @Size(max = 50) String name, @Size(max = 50) String title,
		@NotBlank @Size(max = 100) String employer, @Size(max = 200) String qualifications,
		@NotEmpty List<RightType> rightTypes, @Size(max = 200) String technicalFields, @Size(max = 100) String languages,
		@Email @Size(max = 100) String email, @ValidPhoneNumber String phone, @ValidIdNumber String idNumber,
		@Size(max = 1000) String affiliations, @Size(max = 1000) String reason) {

	static List<String> items(String text) {
		return split(text, "[,，、]");
	}

	static List<String> affiliationsOf(String text) {
		return split(text, "[\\r\\n;；]");
	}

	private static List<String> split(String text, String separators) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<String> items = new ArrayList<>();
		Arrays.stream(text.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).distinct().forEach(items::add);
		return items;
	}
}

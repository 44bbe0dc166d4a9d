package org.iprassist.experts.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.iprassist.core.personaldata.EncryptedPersonalData;
import org.iprassist.core.personaldata.IdNumbers;
import org.iprassist.core.personaldata.PhoneNumbers;
import org.iprassist.experts.PartyNames;
import org.iprassist.experts.RightType;

/**
 * One expert of a province's pool, in the regional centre's schema. ID and phone numbers are
 * stored encrypted; the ID number's blind index keeps one entry per person. The normalised names of
 * the employer and the declared affiliations are kept ready ({@code |a|b|}) so that a conflict
 * check over thousands of experts costs no normalisation.
 */
@Entity
@Table(name = "expert")
class ExpertEntity {

	@Id
	private UUID id;

	private String name;

	private String title;

	private String employer;

	private String qualifications;

	private String rightTypes;

	private String technicalFields;

	private String languages;

	private String email;

	@Convert(converter = EncryptedPersonalData.class)
	private String phone;

	@Convert(converter = EncryptedPersonalData.class)
	private String idNumber;

	private String idNumberIndex;

	private String affiliations;

	private String conflictKeys;

	@Enumerated(EnumType.STRING)
	private ExpertStatus status;

	private BigDecimal rating;

	private String accountUsername;

	private String recommendedBy;

	private String recommendationReason;

	private LocalDateTime createdAt;

	@Version
	private long version;

	protected ExpertEntity() {
	}

	ExpertEntity(ExpertForm form, String idNumberIndex, String recommendedBy, LocalDateTime now) {
		this.id = UUID.randomUUID();
		this.status = ExpertStatus.RECOMMENDED;
		this.recommendedBy = recommendedBy;
		this.recommendationReason = blankToNull(form.reason());
		this.createdAt = now;
		this.name = form.name().strip();
		this.title = blankToNull(form.title());
		this.employer = form.employer().strip();
		this.qualifications = String.join("、", ExpertForm.items(form.qualifications()));
		this.rightTypes = form.rightTypes().stream().distinct().map(Enum::name).collect(Collectors.joining(","));
		this.technicalFields = ExpertForm.items(form.technicalFields())
			.stream()
			.map(f -> f.toUpperCase(java.util.Locale.ROOT))
			.collect(Collectors.joining(","));
		this.languages = String.join("、", ExpertForm.items(form.languages()));
		this.email = blankToNull(form.email());
		this.phone = form.phone() == null || form.phone().isBlank() ? null : PhoneNumbers.normalise(form.phone());
		this.idNumber = form.idNumber() == null || form.idNumber().isBlank() ? null : IdNumbers.normalise(form.idNumber());
		this.idNumberIndex = idNumberIndex;
		List<String> declared = ExpertForm.affiliationsOf(form.affiliations());
		this.affiliations = declared.isEmpty() ? null : String.join("\n", declared);
		this.conflictKeys = Stream.concat(Stream.of(this.employer), declared.stream())
			.map(PartyNames::normalise)
			.filter(key -> !key.isEmpty())
			.distinct()
			.collect(Collectors.joining("|", "|", "|"));
	}

	void moveTo(ExpertStatus next) {
		this.status = next;
	}

	void linkAccount(String username) {
		this.accountUsername = blankToNull(username);
	}

	void rate(BigDecimal average) {
		this.rating = average;
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	String employer() {
		return employer;
	}

	ExpertStatus status() {
		return status;
	}

	String recommendedBy() {
		return recommendedBy;
	}

	String accountUsername() {
		return accountUsername;
	}

	List<String> affiliations() {
		return affiliations == null ? List.of() : List.of(affiliations.split("\n"));
	}

	List<String> rightTypeNames() {
		return Arrays.asList(rightTypes.split(","));
	}

	ExpertView toView(boolean wholePersonalData) {
		return new ExpertView(id, name, title, employer, qualifications, rightTypeNames(),
				technicalFields == null ? null : technicalFields.replace(",", ", "), languages,
				email, wholePersonalData ? phone : org.iprassist.core.personaldata.Masking.phone(phone),
				wholePersonalData ? idNumber : org.iprassist.core.personaldata.Masking.idNumber(idNumber),
				affiliations(), status.name(), rating, accountUsername, recommendedBy, recommendationReason, createdAt);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}

package org.iprassist.cases.ecommerce.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.iprassist.cases.ecommerce.EcommerceCaseReceived;
import org.iprassist.core.personaldata.PersonalDataCipher;
import org.iprassist.core.tenancy.TenantWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Receives e-commerce cases into the current unit's schema: from a platform through the intake API
 * (idempotent on the platform's own reference, enforced by a unique key so that two racing
 * requests still make one case) or from staff entering one by hand. Each case is validated, its
 * callback checked, and stored in a transaction of its own, so a bad case in a batch never costs
 * the others and nothing is half-stored. The caller sets the tenant and holds no transaction.
 */
@Service
class IntakeManagement {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final EcommerceCases cases;

	private final CallbackUrls callbacks;

	private final Validator validator;

	private final PersonalDataCipher cipher;

	private final ApplicationEventPublisher events;

	private final TenantWork transactions;

	private final MessageSource messages;

	private final Clock clock;

	IntakeManagement(EcommerceCases cases, CallbackUrls callbacks, Validator validator, PersonalDataCipher cipher,
			ApplicationEventPublisher events, TenantWork transactions, MessageSource messages,
			Clock clock) {
		this.cases = cases;
		this.callbacks = callbacks;
		this.validator = validator;
		this.cipher = cipher;
		this.events = events;
		this.transactions = transactions;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * @param unitCode the unit whose schema is current
	 * @param clientId the platform client, or {@code null} for a case entered by hand
	 */
	IntakeResult receive(String unitCode, String clientId, CaseDetails details) {
		List<String> errors = check(details, clientId != null);
		if (!errors.isEmpty()) {
			return IntakeResult.rejected(null, details.reference(), message("ecommerce.intake.invalid"),
					String.join("; ", errors), errors);
		}
		if (clientId != null) {
			Optional<EcommerceCase> earlier = cases.findByPlatformReference(clientId, details.reference());
			if (earlier.isPresent()) {
				return duplicate(earlier.get());
			}
		}
		for (int attempt = 0; attempt < 3; attempt++) {
			EcommerceCase received = newCase(clientId, details);
			try {
				transactions.write(() -> {
					cases.insert(received);
					events.publishEvent(new EcommerceCaseReceived(unitCode, received.id(), received.caseNumber(),
							received.platform(), received.receivedAt()));
				});
				return new IntakeResult(null, details.reference(), IntakeResult.Outcome.ACCEPTED, received.id(),
						received.caseNumber(), received.receivedAt(), null);
			}
			catch (DuplicateKeyException ex) {
				if (clientId != null) {
					Optional<EcommerceCase> first = cases.findByPlatformReference(clientId, details.reference());
					if (first.isPresent()) {
						return duplicate(first.get());
					}
				}
			}
		}
		throw new IllegalStateException("No free case number after three attempts");
	}

	/**
	 * Receives a platform's batch: each case is checked on its own, repeats (of earlier requests or
	 * within the batch) answer with the first case, and the new ones are stored in one JDBC batch.
	 * Should that batch meet a duplicate key (the same reference sent concurrently by another
	 * request), nothing of it stays and every case is received on its own instead.
	 *
	 * @param batch the cases in order, {@code null} where the caller already rejected one
	 * @return one result per case, {@code null} where the input was {@code null}
	 */
	List<IntakeResult> receiveAll(String unitCode, String clientId, List<CaseDetails> batch) {
		IntakeResult[] results = new IntakeResult[batch.size()];
		Map<String, Integer> firstByReference = new LinkedHashMap<>();
		for (int i = 0; i < batch.size(); i++) {
			CaseDetails details = batch.get(i);
			if (details == null) {
				continue;
			}
			List<String> errors = check(details, true);
			if (!errors.isEmpty()) {
				results[i] = IntakeResult.rejected(null, details.reference(), message("ecommerce.intake.invalid"),
						String.join("; ", errors), errors);
			}
			else {
				firstByReference.putIfAbsent(details.reference().strip(), i);
			}
		}
		Map<String, Integer> firstValid = Map.copyOf(firstByReference);
		for (EcommerceCase earlier : cases.findByPlatformReferences(clientId, firstValid.keySet())) {
			results[firstByReference.remove(earlier.platformReference())] = duplicate(earlier);
		}
		List<EcommerceCase> fresh = new ArrayList<>();
		for (int index : firstByReference.values()) {
			EcommerceCase received = newCase(clientId, batch.get(index));
			fresh.add(received);
			results[index] = new IntakeResult(null, received.platformReference(), IntakeResult.Outcome.ACCEPTED,
					received.id(), received.caseNumber(), received.receivedAt(), null);
		}
		try {
			transactions.write(() -> {
				cases.insertAll(fresh);
				fresh.forEach(c -> events.publishEvent(new EcommerceCaseReceived(unitCode, c.id(), c.caseNumber(),
						c.platform(), c.receivedAt())));
			});
		}
		catch (DuplicateKeyException ex) {
			for (int index : firstByReference.values()) {
				results[index] = receive(unitCode, clientId, batch.get(index));
			}
		}
		for (int i = 0; i < batch.size(); i++) {
			if (results[i] == null && batch.get(i) != null) {
				IntakeResult first = results[firstValid.get(batch.get(i).reference().strip())];
				results[i] = new IntakeResult(null, first.reference(), IntakeResult.Outcome.DUPLICATE, first.caseId(),
						first.caseNumber(), first.receivedAt(), null);
			}
		}
		return Arrays.asList(results);
	}

	private List<String> check(CaseDetails details, boolean fromPlatform) {
		Set<ConstraintViolation<CaseDetails>> violations = validator.validate(details);
		List<String> errors = new ArrayList<>(violations.stream()
			.map(v -> v.getPropertyPath() + ": " + v.getMessage())
			.sorted()
			.toList());
		if (!details.fits()) {
			errors.add(message("ecommerce.intake.oversized"));
		}
		if (fromPlatform && (details.callbackUrl() == null || details.callbackUrl().isBlank())) {
			errors.add("callbackUrl: " + message("ecommerce.callback.missing"));
		}
		else if (details.callbackUrl() != null && !details.callbackUrl().isBlank()) {
			callbacks.refusal(details.callbackUrl()).ifPresent(key -> errors.add("callbackUrl: " + message(key)));
		}
		return errors;
	}

	private EcommerceCase newCase(String clientId, CaseDetails d) {
		Instant now = clock.instant();
		return new EcommerceCase(UUID.randomUUID(), caseNumber(now, clock.getZone()), clientId == null ? EcommerceCase.Origin.MANUAL
				: EcommerceCase.Origin.INTAKE, clientId, clientId == null ? null : d.reference().strip(), null, null,
				null, d.platform().strip(), d.shop().strip(), blankToNull(d.shopCity()), CaseDetails.joined(d.listingUrls()),
				d.product().strip(), d.rightHolder().strip(), d.patentNumber().replace(" ", "").toUpperCase(Locale.ROOT),
				d.patentType(), d.complainedParty().strip(), CaseDetails.joined(d.claims()),
				CaseDetails.joined(d.evidenceLinks()), d.contactName().strip(), encrypt(d.contactEmail()),
				encrypt(d.contactPhone()), blankToNull(d.callbackUrl()), now, EcommerceCase.Status.RECEIVED, null, null,
				null, null, null, null, null, null, null, null, null);
	}

	static String caseNumber(Instant at, ZoneId zone) {
		StringBuilder number = new StringBuilder("EC").append(DAY.format(LocalDate.ofInstant(at, zone)))
			.append('-');
		for (int i = 0; i < 8; i++) {
			number.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return number.toString();
	}

	private IntakeResult duplicate(EcommerceCase first) {
		return new IntakeResult(null, first.platformReference(), IntakeResult.Outcome.DUPLICATE, first.id(),
				first.caseNumber(), first.receivedAt(), null);
	}

	private String encrypt(String value) {
		return value == null || value.isBlank() ? null : cipher.encrypt(value.strip());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}

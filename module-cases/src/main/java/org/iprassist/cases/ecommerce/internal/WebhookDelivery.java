package org.iprassist.cases.ecommerce.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.iprassist.core.tenancy.TenantWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends determinations to the platforms' callbacks. The body is signed with the client's webhook
 * secret: {@code X-IPR-Signature: sha256=hex(HMAC-SHA256(secret, timestamp + "." + body))} with the
 * Unix time in {@code X-IPR-Timestamp}, so a receiver can check origin, integrity and freshness.
 * Only a 2xx answer acknowledges; anything else is retried with exponential back-off (1 min
 * doubling to at most 1 h) and never given up, so no determination is lost to a receiver that is
 * down. Every attempt is recorded. The body is rebuilt at every attempt (with a fresh download
 * link of the sealed opinion) and sent by {@link CallbackSender}, which connects only to the
 * public address it checked, with no redirects. ShedLock keeps two nodes from sending twice.
 */
@Component
class WebhookDelivery {

	private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

	static final Duration FIRST_RETRY = Duration.ofMinutes(1);

	static final Duration LONGEST_RETRY = Duration.ofHours(1);

	private final DeterminationDeliveries deliveries;

	private final PlatformClientManagement clients;

	private final CallbackUrls callbacks;

	private final EcommerceUnits units;

	private final TenantWork work;

	private final Clock clock;

	private final CallbackSender sender;

	WebhookDelivery(DeterminationDeliveries deliveries, PlatformClientManagement clients, CallbackUrls callbacks,
			CallbackSender sender, EcommerceUnits units, TenantWork work, Clock clock) {
		this.deliveries = deliveries;
		this.sender = sender;
		this.clients = clients;
		this.callbacks = callbacks;
		this.units = units;
		this.work = work;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${ipr.ecommerce.delivery-interval:PT20S}",
			initialDelayString = "${ipr.ecommerce.delivery-interval:PT20S}")
	@SchedulerLock(name = "ecommerce-webhook-delivery")
	void deliverAll() {
		work.eachReadyUnit(
				unit -> unit.unitCode().filter(units::isRegionalCentre).map(centre -> deliverDue(unit)).orElse(0));
	}

	/**
	 * @return how many deliveries were acknowledged
	 */
	int deliverDue(TenantWork.Scope centre) {
		return centre.call(() -> {
			int acknowledged = 0;
			for (DeterminationDeliveries.Due due : deliveries.due(clock.instant(), 100)) {
				if (attempt(centre.unitCode().orElseThrow(), due)) {
					acknowledged++;
				}
			}
			return acknowledged;
		});
	}

	private boolean attempt(String unitCode, DeterminationDeliveries.Due due) {
		Integer status = null;
		String error = null;
		try {
			String refusal = callbacks.formRefusal(due.callbackUrl()).orElse(null);
			String secret = clients.webhookSecret(due.clientId()).orElse(null);
			if (refusal != null) {
				error = "callback refused: " + refusal;
			}
			else if (secret == null) {
				error = "unknown client";
			}
			else {
				String body = deliveries.body(unitCode, due);
				String timestamp = Long.toString(clock.instant().getEpochSecond());
				status = sender.post(due.callbackUrl(),
						Map.of("X-IPR-Delivery", due.id().toString(), "X-IPR-Timestamp", timestamp, "X-IPR-Signature",
								"sha256=" + sign(secret, timestamp, body)),
						body);
				if (status / 100 != 2) {
					error = "HTTP " + status;
				}
			}
		}
		catch (java.io.IOException | RuntimeException ex) {
			error = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
		}
		Instant now = clock.instant();
		boolean acknowledged = error == null;
		Integer answered = status;
		String failure = error;
		work.write(() -> {
			deliveries.attempted(due.id(), now, answered, failure);
			if (acknowledged) {
				deliveries.delivered(due, now);
			}
			else {
				deliveries.retryAt(due, now.plus(backOff(due.attempts())));
			}
		});
		if (!acknowledged) {
			log.info("Delivery {} not acknowledged ({}); attempt {} recorded", due.id(), failure, due.attempts() + 1);
		}
		return acknowledged;
	}

	static Duration backOff(int attemptsBefore) {
		Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attemptsBefore, 10));
		return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
	}

	static String sign(String secret, String timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

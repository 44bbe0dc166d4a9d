package org.iprassist.appraisal.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.iprassist.core.web.BadRequestException;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The event types a target may count, as data: appraisal never imports a feature module, so it
 * knows their events only by name ({@code <module>.<EventName>}, derived from the event class's
 * package). A type whose class is not on the class path belongs to a module that does not exist
 * yet; targets naming it are tracked by accepted evidence entries until it does.
 */
@Component
class EventTypes {

	private static final String ROOT = "org.iprassist.";

	private static final List<String> KNOWN = List.of("tenants.UnitProvisioned", "tenants.UnitEstablished",
			"tenants.UnitProfileUpdated", "experts.ConsultationRequested", "experts.ConsultationAnswered",
			"experts.ConsultationDeclined", "experts.VolunteerActivityHeld", "cases.AssistanceApplicationAccepted",
			"cases.OpinionLetterIssued", "cases.ComplaintReceived", "cases.ComplaintTransferred",
			"cases.TransferReceiptConfirmed", "cases.CaseClosed", "cases.EcommerceCaseReceived",
			"cases.EcommerceCaseAssigned", "cases.EcommerceCaseDetermined", "cases.ExhibitionStationed",
			"cases.HotlineCaseReplied", "cases.InspectionAssisted", "cases.ThroughTrainServiceGiven",
			"enterprise.EnterpriseServiceGiven", "enterprise.EarlyWarningIssued", "enterprise.CaseStudySubmitted",
			"training.TrainingClassHeld", "training.TopicTrainingHeld", "training.SeminarHeld",
			"publicity.PublicityEventHeld", "publicity.NewsPosted");

	/**
	 * Event classes that left the package their name was derived from (cases' nested modules, the
	 * through-train service now in enterprise): the seeded plans bind the name, so the name stays.
	 */
	private static final Map<String, String> MOVED = Map.of("cases.EcommerceCaseReceived",
			"cases.ecommerce.EcommerceCaseReceived", "cases.EcommerceCaseAssigned",
			"cases.ecommerce.EcommerceCaseAssigned", "cases.EcommerceCaseDetermined",
			"cases.ecommerce.EcommerceCaseDetermined", "cases.ExhibitionStationed",
			"cases.exhibitions.ExhibitionStationed", "cases.HotlineCaseReplied", "cases.hotline.HotlineCaseReplied",
			"cases.InspectionAssisted", "cases.enforcement.InspectionAssisted", "cases.ThroughTrainServiceGiven",
			"enterprise.ThroughTrainServiceGiven");

	private final Map<String, EventType> types = new LinkedHashMap<>();

	EventTypes() {
		ClassLoader loader = getClass().getClassLoader();
		for (String name : KNOWN) {
			String className = ROOT + MOVED.getOrDefault(name, name);
			types.put(name, new EventType(name, name.substring(0, name.indexOf('.')), className,
					ClassUtils.isPresent(className, loader)));
		}
	}

	/** {@code org.iprassist.cases.OpinionLetterIssued} → {@code cases.OpinionLetterIssued}. */
	static String nameOf(Class<?> eventClass) {
		String className = eventClass.getName().startsWith(ROOT) ? eventClass.getName().substring(ROOT.length()) : "";
		for (Map.Entry<String, String> moved : MOVED.entrySet()) {
			if (moved.getValue().equals(className)) {
				return moved.getKey();
			}
		}
		String packageName = eventClass.getPackageName();
		String module = packageName.startsWith(ROOT) ? packageName.substring(ROOT.length()) : packageName;
		int dot = module.indexOf('.');
		return (dot < 0 ? module : module.substring(0, dot)) + "." + eventClass.getSimpleName();
	}

	List<EventType> all() {
		return List.copyOf(types.values());
	}

	Optional<EventType> find(String name) {
		return Optional.ofNullable(name).map(types::get);
	}

	EventType require(String name) {
		return find(name).orElseThrow(() -> new BadRequestException("appraisal.error.unknown-event-type",
				name == null ? "" : name));
	}

	boolean available(String name) {
		return find(name).map(EventType::available).orElse(false);
	}

	/**
	 * @param name e.g. {@code cases.OpinionLetterIssued}
	 * @param module the module that publishes it
	 * @param className the event class
	 * @param available whether the module exists in this application (its class is on the class path)
	 */
	record EventType(String name, String module, String className, boolean available) {
	}
}

package org.iprassist.appraisal.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.UnitEvent;
import org.iprassist.core.web.BadRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The event types a target may count. Appraisal never imports a feature module, so it finds their
 * events on the class path at start-up: every {@link UnitEvent} class under the application's
 * packages, by the stable name it declares with {@link EventName}. A name that work-plan targets
 * bind but no class declares belongs to a module that does not exist yet; such targets are tracked
 * by accepted evidence entries until it does. Start-up fails when an event declares no name or two
 * declare the same one, since either would count under a wrong name without a sound.
 */
@Component
class EventTypes {

	private static final Logger log = LoggerFactory.getLogger(EventTypes.class);

	private final Map<String, EventType> declared;

	private final Map<String, Class<?>> byClassName;

	private final Map<String, Class<?>> bySimpleName;

	private final TargetQueries targets;

	@Autowired
	EventTypes(BeanFactory beans, TargetQueries targets) {
		this(scan(AutoConfigurationPackages.get(beans)), targets);
	}

	EventTypes(List<Class<?>> eventClasses, TargetQueries targets) {
		this.targets = targets;
		List<String> unnamed = eventClasses.stream()
			.filter(type -> !type.isAnnotationPresent(EventName.class))
			.map(Class::getName)
			.toList();
		if (!unnamed.isEmpty()) {
			throw new IllegalStateException("Unit events without an @EventName: " + unnamed);
		}
		Map<String, List<Class<?>>> byName = eventClasses.stream()
			.collect(Collectors.groupingBy(EventTypes::nameOf, LinkedHashMap::new, Collectors.toList()));
		byName.forEach((name, classes) -> {
			if (classes.size() > 1) {
				throw new IllegalStateException("Unit events share the name " + name + ": " + classes);
			}
		});
		this.declared = new LinkedHashMap<>();
		byName.keySet().stream().sorted().forEach(name -> {
			Class<?> type = byName.get(name).get(0);
			declared.put(name, new EventType(name, moduleOf(name), type.getName(), true));
		});
		this.byClassName = eventClasses.stream().collect(Collectors.toMap(Class::getName, Function.identity()));
		this.bySimpleName = eventClasses.stream()
			.collect(Collectors.groupingBy(Class::getSimpleName))
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue().size() == 1)
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get(0)));
	}

	/** Every concrete {@link UnitEvent} class in the given packages. */
	static List<Class<?>> scan(List<String> packages) {
		long started = System.nanoTime();
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(UnitEvent.class));
		ClassLoader loader = EventTypes.class.getClassLoader();
		List<Class<?>> classes = new ArrayList<>();
		for (String basePackage : packages) {
			scanner.findCandidateComponents(basePackage)
				.forEach(candidate -> classes.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), loader)));
		}
		List<Class<?>> found = classes.stream().distinct().sorted(Comparator.comparing(Class::getName)).toList();
		log.info("Found {} unit event types in {} in {} ms", found.size(), packages,
				(System.nanoTime() - started) / 1_000_000);
		return found;
	}

	/** The declared name of an event class, or {@code null} when it declares none. */
	static String nameOf(Class<?> eventClass) {
		EventName name = eventClass.getAnnotation(EventName.class);
		return name == null ? null : name.value();
	}

	/**
	 * The event class of a stored publication, by the class name Spring Modulith recorded. A class
	 * that has since moved to another package is found by its simple name, which a move keeps and
	 * which is unique among unit events (else it is not found).
	 */
	Optional<Class<?>> classOf(String storedClassName) {
		Class<?> type = byClassName.get(storedClassName);
		return Optional.ofNullable(type != null ? type : bySimpleName.get(ClassUtils.getShortName(storedClassName)));
	}

	/** Declared types first, then the names targets bind that no class declares (yet). */
	List<EventType> all() {
		List<EventType> all = new ArrayList<>(declared.values());
		bound().stream()
			.filter(name -> !declared.containsKey(name))
			.forEach(name -> all.add(new EventType(name, moduleOf(name), null, false)));
		return all;
	}

	Optional<EventType> find(String name) {
		return Optional.ofNullable(name).flatMap(n -> all().stream().filter(type -> type.name().equals(n)).findFirst());
	}

	EventType require(String name) {
		return find(name).orElseThrow(() -> new BadRequestException("appraisal.error.unknown-event-type",
				name == null ? "" : name));
	}

	boolean available(String name) {
		return name != null && declared.containsKey(name);
	}

	private Set<String> bound() {
		return targets.boundEventTypes();
	}

	private static String moduleOf(String name) {
		int dot = name.indexOf('.');
		return dot < 0 ? name : name.substring(0, dot);
	}

	/**
	 * @param name e.g. {@code cases.OpinionLetterIssued}
	 * @param module the module that publishes it
	 * @param className the event class, or {@code null} when no class declares the name
	 * @param available whether the module exists in this application (a class declares the name)
	 */
	record EventType(String name, String module, String className, boolean available) {
	}
}

package org.iprassist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.UnitEvent;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names unit events declare are what appraisal stores and what work plans bind, so they must
 * be unique, and the seeded plan must bind only names that exist. The class path is the
 * application's: every module's events are on it.
 */
class EventNamesTests {

	static final List<JavaClass> EVENTS = ArchitectureTests.CLASSES.stream()
		.filter(javaClass -> javaClass.isAssignableTo(UnitEvent.class) && !javaClass.isInterface())
		.toList();

	@Test
	void namesAndSimpleClassNamesAreUnique() {
		assertThat(EVENTS).hasSizeGreaterThanOrEqualTo(21);
		assertThat(duplicates(EVENTS.stream().map(EventNamesTests::name).toList())).isEmpty();
		assertThat(duplicates(EVENTS.stream().map(JavaClass::getSimpleName).toList()))
			.as("a moved class's stored publications are found by its simple name")
			.isEmpty();
	}

	/**
	 * A name no class declares is allowed only while its module publishes no event at all (a module
	 * still to come, such as training); once a module declares one name, every name the plan binds
	 * to that module must exist.
	 */
	@Test
	void everyTypeTheSeededPlanBindsExistsOrBelongsToAModuleStillToCome() throws IOException {
		Set<String> declared = EVENTS.stream().map(EventNamesTests::name).collect(Collectors.toSet());
		Set<String> modulesWithEvents = declared.stream().map(EventNamesTests::module).collect(Collectors.toSet());
		Set<String> bound = seededPlanEventTypes();

		assertThat(bound).contains("cases.EcommerceCaseDetermined", "tenants.UnitEstablished");
		assertThat(bound.stream().filter(name -> modulesWithEvents.contains(module(name))))
			.allSatisfy(name -> assertThat(declared).contains(name));
	}

	/**
	 * The types the seeded plan binds: its CSV, with the later change sets that rebind targets
	 * ({@code update appraisal_target set event_type … where id in (…)}) applied.
	 */
	private static Set<String> seededPlanEventTypes() throws IOException {
		Map<String, String> byTarget = new java.util.HashMap<>();
		try (InputStream in = new ClassPathResource("db/platform/data/appraisal-gx-2020-targets.csv").getInputStream()) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			int column = Arrays.asList(lines.get(0).split(",")).indexOf("event_type");
			lines.stream().skip(1).map(line -> line.split(",")).forEach(cells -> byTarget.put(cells[0], cells[column]));
		}
		for (String rebinding : REBINDINGS) {
			try (InputStream in = new ClassPathResource(rebinding).getInputStream()) {
				java.util.regex.Matcher update = java.util.regex.Pattern
					.compile("name: event_type, value: ([\\w.]+) \\}\\s+where: id in \\(([^)]*)\\)")
					.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				while (update.find()) {
					for (String id : update.group(2).replace("'", "").split(",")) {
						assertThat(byTarget).as(rebinding).containsKey(id.strip());
						byTarget.put(id.strip(), update.group(1));
					}
				}
			}
		}
		return byTarget.values().stream().filter(type -> !"NULL".equals(type)).collect(Collectors.toSet());
	}

	/** Platform change sets that rebind targets of the seeded plan, in the order they run. */
	private static final List<String> REBINDINGS = List
		.of("db/platform/changelog/302-appraisal-gx-2020-enterprise-events.yaml");

	private static String name(JavaClass event) {
		return event.tryGetAnnotationOfType(EventName.class).map(EventName::value).orElse(event.getName());
	}

	private static String module(String name) {
		return name.substring(0, name.indexOf('.'));
	}

	private static Set<String> duplicates(List<String> values) {
		return values.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue() > 1)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}
}

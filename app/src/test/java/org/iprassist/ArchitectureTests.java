package org.iprassist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;

import org.iprassist.core.tenancy.Tenancy;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.UnitEvent;
import org.iprassist.experts.ConsultationAnswered;
import org.iprassist.experts.ConsultationDeclined;
import org.iprassist.experts.ConsultationRequested;
import org.iprassist.tenants.UnitEstablished;
import org.iprassist.tenants.UnitProvisioned;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules beyond module boundaries that keep tenancy safe and the code in shape.
 */
class ArchitectureTests {

	static final Set<String> TENANCY_SWITCHES = Set.of("callAs", "runAs", "callAsPlatform");

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.iprassist");

	@Test
	void onlyTheTenancyPackageTouchesConnections() {
		noClasses().that()
			.resideOutsideOfPackage("org.iprassist.core.tenancy..")
			.should()
			.callMethod(DataSource.class, "getConnection")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.sql.Connection")
			.because("only core's tenancy package may switch a connection's schema")
			.check(CLASSES);
	}

	/**
	 * Work in another tenant, and transactions opened by hand, go through {@link TenantWork}, which
	 * switches first and opens the transaction after; a transaction opened before the switch binds
	 * the work to the wrong schema without any error.
	 */
	@Test
	void tenantSwitchesAndHandMadeTransactionsOnlyInTheTenancyPackage() {
		noClasses().that()
			.resideOutsideOfPackage("org.iprassist.core.tenancy..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(TransactionTemplate.class)
			.orShould()
			.callMethodWhere(DescribedPredicate.describe("switch the tenant through Tenancy",
					call -> call.getTargetOwner().isEquivalentTo(Tenancy.class)
							&& TENANCY_SWITCHES.contains(call.getName())))
			.orShould()
			.accessClassesThat()
			.haveSimpleName("TenantContext")
			.because("TenantWork finds the unit, checks it is ready, switches and only then opens the transaction")
			.check(CLASSES);
	}

	/**
	 * Entities and repositories are package-private, except in a module whose {@code internal} is
	 * grouped by flow (cases: {@code casefile}, {@code assistance}, {@code complaints}), where the
	 * flows share the case file's aggregate; even there, controllers never see them.
	 */
	@Test
	void entitiesAndRepositoriesAreNotPublic() {
		classes().that()
			.areAnnotatedWith(Entity.class)
			.or()
			.areAssignableTo(Repository.class)
			.should()
			.notBePublic()
			.orShould()
			.resideInAPackage("..internal.*")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("..web..")
			.should()
			.dependOnClassesThat()
			.areAnnotatedWith(Entity.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.because("pages and the API show views, not entities")
			.check(CLASSES);
	}

	@Test
	void noFieldInjection() {
		noFields().should().beAnnotatedWith(Autowired.class).check(CLASSES);
	}

	@Test
	void everythingPublishedOrListenedToIsAUnitEvent() {
		classes().that()
			.resideInAPackage("org.iprassist..")
			.should(publishOnlyUnitEvents())
			.andShould(listenOnlyToUnitEventsOfTheApplication())
			.check(CLASSES);
	}

	@Test
	void theByteCodeTellsWhatIsPublished() {
		assertThat(PublishedEvents.of(CLASSES.get("org.iprassist.tenants.internal.UnitEntity")))
			.extracting(PublishedEvents.Site::type)
			.contains(UnitProvisioned.class.getName(), UnitEstablished.class.getName());
		assertThat(PublishedEvents.of(CLASSES.get("org.iprassist.experts.internal.ConsultationManagement")))
			.extracting(PublishedEvents.Site::type)
			.containsExactlyInAnyOrder(ConsultationRequested.class.getName(), ConsultationAnswered.class.getName(),
					ConsultationDeclined.class.getName());
	}

	@Test
	void everyUnitEventIsARecordOfAModuleApiAndDeclaresItsName() {
		classes().that()
			.implement(UnitEvent.class)
			.should()
			.beRecords()
			.andShould()
			.resideOutsideOfPackages("..internal..")
			.andShould(declareAModuleQualifiedName())
			.check(CLASSES);
	}

	@Test
	void everyEventCarriesTheUnitCode() {
		classes().that().implement(UnitEvent.class).should(haveAUnitCodeComponent()).check(CLASSES);
	}

	/**
	 * The network's time zone is the {@code Clock} bean's ({@code ipr.time-zone}); a zone written
	 * anywhere else in the sources, main or test, would quietly disagree with it once the property
	 * is set. Only the property's own default may name one.
	 */
	@Test
	void noTimeZoneIsWrittenOutsideThePropertyDefault() throws IOException {
		Pattern candidate = Pattern.compile("(time-zone:\\s*)?\\b([A-Z][A-Za-z]+/[A-Z][A-Za-z_+\\-0-9]+(?:/[A-Z][A-Za-z_]+)?|P[R]C|(?:GMT|UTC)[+-]\\d{1,2}(?::\\d\\d)?)\\b|ZoneOffset\\.ofHours\\(");
		Set<String> zones = ZoneId.getAvailableZoneIds();
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("..").toAbsolutePath().normalize())) {
			for (Path file : files.filter(ArchitectureTests::isSource).toList()) {
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					Matcher matcher = candidate.matcher(lines.get(i));
					while (matcher.find()) {
						boolean zone = matcher.group(2) == null || zones.contains(matcher.group(2))
								|| !matcher.group(2).contains("/");
						if (zone && matcher.group(1) == null) {
							found.add(file + ":" + (i + 1) + ": " + matcher.group());
						}
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	private static boolean isSource(Path file) {
		String path = file.toString().replace('\\', '/');
		return path.contains("/src/") && !path.contains("/target/") && !path.contains("/.git/")
				&& path.matches(".*\\.(java|ya?ml|properties|html|js|sql|csv)$");
	}

	/**
	 * Events are found by what the byte code publishes ({@link PublishedEvents}), not by their
	 * names: a publication whose type cannot be told fails too.
	 */
	private static ArchCondition<JavaClass> publishOnlyUnitEvents() {
		return new ArchCondition<>("publish only unit events") {
			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				for (PublishedEvents.Site site : PublishedEvents.of(javaClass)) {
					boolean unitEvent = site.type() != null && CLASSES.contain(site.type())
							&& CLASSES.get(site.type()).isAssignableTo(UnitEvent.class)
							|| UnitEvent.class.getName().equals(site.type());
					events.add(new SimpleConditionEvent(javaClass, unitEvent, site.method() + " publishes "
							+ (site.type() == null ? "something whose type the byte code does not tell" : site.type())));
				}
			}
		};
	}

	private static ArchCondition<JavaClass> listenOnlyToUnitEventsOfTheApplication() {
		return new ArchCondition<>("listen only to unit events among the application's types") {
			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				javaClass.getMethods()
					.stream()
					.filter(method -> method.isAnnotatedWith(EventListener.class)
							|| method.isMetaAnnotatedWith(EventListener.class))
					.flatMap(method -> method.getRawParameterTypes().stream().map(type -> Map.entry(method, type)))
					.filter(listened -> listened.getValue().getPackageName().startsWith("org.iprassist"))
					.forEach(listened -> events.add(new SimpleConditionEvent(javaClass,
							listened.getValue().isAssignableTo(UnitEvent.class), listened.getKey().getFullName()
									+ " listens to " + listened.getValue().getName())));
			}
		};
	}

	private static ArchCondition<JavaClass> declareAModuleQualifiedName() {
		return new ArchCondition<>("declare an @EventName <module>.<Name> of an application module") {
			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				String name = javaClass.tryGetAnnotationOfType(EventName.class).map(EventName::value).orElse(null);
				boolean valid = name != null && name.matches("[a-z]+\\.[A-Z][A-Za-z0-9]+")
						&& CLASSES.containPackage("org.iprassist." + name.substring(0, name.indexOf('.')));
				events.add(new SimpleConditionEvent(javaClass, valid,
						javaClass.getName() + (name == null ? " declares no @EventName" : " is named " + name)));
			}
		};
	}

	private static ArchCondition<JavaClass> haveAUnitCodeComponent() {
		return new ArchCondition<>("have a unitCode record component") {
			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				boolean has = javaClass.getAllMethods()
					.stream()
					.anyMatch(method -> method.getName().equals("unitCode")
							&& method.getRawReturnType().isEquivalentTo(String.class)
							&& !method.getModifiers().contains(JavaModifier.ABSTRACT));
				events.add(new SimpleConditionEvent(javaClass, has || javaClass.isInterface(),
						javaClass.getName() + (has ? " has" : " has no") + " unitCode()"));
			}
		};
	}
}

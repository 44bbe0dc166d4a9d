package org.iprassist;

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

import org.iprassist.core.tenancy.UnitEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * Rules beyond module boundaries that keep tenancy safe and the code in shape.
 */
class ArchitectureTests {

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

	@Test
	void onlyTheTenancyPackageSetsTheTenant() {
		noClasses().that()
			.resideOutsideOfPackage("org.iprassist.core.tenancy..")
			.should()
			.accessClassesThat()
			.haveSimpleName("TenantContext")
			.check(CLASSES);
	}

	@Test
	void entitiesAndRepositoriesAreNotPublic() {
		classes().that()
			.areAnnotatedWith(Entity.class)
			.or()
			.areAssignableTo(Repository.class)
			.should()
			.notBePublic()
			.check(CLASSES);
	}

	@Test
	void noFieldInjection() {
		noFields().should().beAnnotatedWith(Autowired.class).check(CLASSES);
	}

	@Test
	void eventsLeavingAModuleCarryTheUnitCode() {
		classes().that()
			.areRecords()
			.and()
			.resideInAnyPackage("org.iprassist.*")
			.and()
			.resideOutsideOfPackage("org.iprassist.core..")
			.and(publishedAsEvent())
			.should()
			.implement(UnitEvent.class)
			.check(CLASSES);
	}

	@Test
	void everyEventCarriesTheUnitCode() {
		classes().that().implement(UnitEvent.class).should(haveAUnitCodeComponent()).check(CLASSES);
	}

	private static DescribedPredicate<JavaClass> publishedAsEvent() {
		return DescribedPredicate.describe("are named like events (past tense)",
				javaClass -> javaClass.getSimpleName().matches(".*(ed|Held|Sent|Issued)$"));
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

package org.iprassist;

import java.util.Set;

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
import org.iprassist.core.tenancy.UnitEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * Rules beyond module boundaries that keep tenancy safe and the code in shape.
 */
class ArchitectureTests {

	static final Set<String> TENANCY_SWITCHES = Set.of("callAs", "runAs", "callAsPlatform");

	/**
	 * TEMPORARY, remove on merging the documents module (issue 17): the seal classes still open
	 * their own transactions and leave {@code cases.internal} in that change.
	 */
	static final DescribedPredicate<JavaClass> MOVING_TO_DOCUMENTS = DescribedPredicate.describe(
			"moving to the documents module",
			javaClass -> javaClass.getName().equals("org.iprassist.cases.internal.UnitSeals"));

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
			.and(DescribedPredicate.not(MOVING_TO_DOCUMENTS))
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

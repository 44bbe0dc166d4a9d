package org.iprassist;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The naming and placement conventions of {@code docs/architecture.md} ("Conventions"): a thing
 * with a lifecycle is a JPA aggregate registering its own events and kept in a plural repository,
 * hand-written read SQL lives in {@code *Queries}/{@code *Lists}, services are {@code *Management}
 * and controllers end in {@code Controller}. The time zone and tenant work are checked by
 * {@link ArchitectureTests}.
 */
class ConventionsTests {

	/**
	 * Classes that write with SQL although they are not {@code *Queries} or {@code *Lists}, because
	 * what they write is not a thing with a lifecycle. Keep it short; each says why.
	 */
	static final Map<String, String> JDBC_WRITERS = Map.of(
			"org.iprassist.core.tenancy",
			"the package: the tenancy runtime below JPA (routing data source, event publication batches, the platform's plain JDBC)",
			"org.iprassist.core.audit.AuditTrail", "the audit trail is append-only, one insert per audited act",
			"org.iprassist.appraisal.internal.Platform", "appraisal's way into the platform schema, handed to the classes listed here",
			"org.iprassist.appraisal.internal.ProgressStore",
			"the progress read model's counters and ledger: batched upserts of up to 500 events per transaction",
			"org.iprassist.cases.internal.casefile.CaseSearchIndex",
			"the case search's gram rows, derived from a case and written in bulk in its transaction",
			"org.iprassist.cases.ecommerce.internal.ClockSweep",
			"one set-based update per sweep that raises the 24-hour clocks' warnings and breaches",
			"org.iprassist.documents.internal.DocumentNumberSequences",
			"the per-kind, per-year counter of document numbers: a row-locking upsert inside the issuing transaction");

	/**
	 * Debt, not design: things with a lifecycle still stored with hand-written SQL (they predate the
	 * convention). Each becomes a JPA aggregate with a plural repository, registering its own events;
	 * nothing may be added here.
	 */
	static final Set<String> SQL_LIFECYCLES = Set.of("org.iprassist.appraisal.internal.Plans",
			"org.iprassist.enterprise.internal.ThroughTrainServiceManagement",
			"org.iprassist.appraisal.internal.Sheets", "org.iprassist.appraisal.internal.Evidence",
			"org.iprassist.cases.ecommerce.internal.EcommerceCases",
			"org.iprassist.cases.ecommerce.internal.EcommerceDispatches",
			"org.iprassist.cases.ecommerce.internal.DeterminationDeliveries",
			"org.iprassist.cases.ecommerce.internal.PlatformClientManagement",
			"org.iprassist.cases.enforcement.internal.InspectionManagement",
			"org.iprassist.cases.exhibitions.internal.ExhibitionManagement",
			"org.iprassist.cases.hotline.internal.HotlineOrderManagement");

	static final JavaClasses CLASSES = ArchitectureTests.CLASSES;

	@Test
	void repositoriesArePluralNounsNotRepositories() {
		classes().that()
			.areInterfaces()
			.and()
			.areAssignableTo(Repository.class)
			.should()
			.haveSimpleNameNotEndingWith("Repository")
			.because("a repository is named as the plural of its aggregate (Visits, not VisitRepository)")
			.check(CLASSES);
	}

	@Test
	void handWrittenSqlLivesInQueriesAndLists() {
		classes().that(useJdbc())
			.and(not(DescribedPredicate.describe("an allowed writer or a listed SQL lifecycle",
					(JavaClass c) -> listed(c, JDBC_WRITERS.keySet()) || listed(c, SQL_LIFECYCLES))))
			.should()
			.haveSimpleNameEndingWith("Queries")
			.orShould()
			.haveSimpleNameEndingWith("Lists")
			.because("hand-written read SQL lives in *Queries or *Lists classes; writes go through aggregates")
			.check(CLASSES);
	}

	/**
	 * The lists above only shrink: an entry whose class is gone (renamed, rebuilt as an aggregate)
	 * must leave the list, so nothing new slips in under an old name.
	 */
	@Test
	void everyListedClassExists() {
		Stream.of(JDBC_WRITERS.keySet(), SQL_LIFECYCLES)
			.flatMap(Collection::stream)
			.filter(name -> !name.equals("org.iprassist.core.tenancy"))
			.forEach(name -> assertThat(CLASSES.contain(name)).as(name + " exists").isTrue());
	}

	@Test
	void servicesAreManagement() {
		classes().that()
			.areAnnotatedWith(Service.class)
			.should()
			.haveSimpleNameEndingWith("Management")
			.because("a service is named for what it manages (OrderManagement)")
			.check(CLASSES);
	}

	@Test
	void controllersEndInController() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.haveSimpleNameEndingWith("Controller")
			.check(CLASSES);
	}

	@Test
	void onlyControllersAreNamedController() {
		classes().that()
			.haveSimpleNameEndingWith("Controller")
			.and()
			.areNotInterfaces()
			.should()
			.beAnnotatedWith(Controller.class)
			.orShould()
			.beAnnotatedWith(RestController.class)
			.check(CLASSES);
	}

	/**
	 * Events of an aggregate's lifecycle are registered by the aggregate itself, so no service can
	 * change its state and forget to publish.
	 */
	@Test
	void aggregatesRegisterTheirOwnEvents() {
		noClasses().that()
			.areAssignableTo(AbstractAggregateRoot.class)
			.should()
			.dependOnClassesThat()
			.haveSimpleName("ApplicationEventPublisher")
			.check(CLASSES);
		classes().that()
			.areAssignableTo(AbstractAggregateRoot.class)
			.should()
			.haveSimpleNameEndingWith("Entity")
			.check(CLASSES);
	}

	/**
	 * @return whether the class, its enclosing class or one of its packages is listed
	 */
	private static boolean listed(JavaClass javaClass, Collection<String> names) {
		String name = javaClass.getName();
		return names.stream().anyMatch(listed -> name.equals(listed) || name.startsWith(listed + ".") || name.startsWith(listed + "$"));
	}

	private static DescribedPredicate<JavaClass> useJdbc() {
		return DescribedPredicate.describe("use JdbcClient, JdbcTemplate or NamedParameterJdbcTemplate",
				javaClass -> javaClass.getDirectDependenciesFromSelf()
					.stream()
					.map(dependency -> dependency.getTargetClass())
					.anyMatch(type -> type.isAssignableTo(JdbcClient.class) || type.isAssignableTo(JdbcOperations.class)
							|| type.isAssignableTo(NamedParameterJdbcOperations.class)));
	}
}

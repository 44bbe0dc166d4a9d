package org.iprassist.appraisal.internal;

import java.util.Map;

import org.iprassist.cases.ecommerce.EcommerceCaseAssigned;
import org.iprassist.cases.ecommerce.EcommerceCaseDetermined;
import org.iprassist.cases.ecommerce.EcommerceCaseReceived;
import org.iprassist.cases.enforcement.InspectionAssisted;
import org.iprassist.cases.exhibitions.ExhibitionStationed;
import org.iprassist.cases.hotline.HotlineCaseReplied;
import org.iprassist.enterprise.ThroughTrainServiceGiven;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events that moved out of the package their name came from (cases' nested modules, the
 * through-train service now in enterprise) keep counting under the names the seeded work plan binds.
 */
class MovedEventNamesTests {

	static final Map<Class<?>, String> MOVED = Map.of(EcommerceCaseReceived.class, "cases.EcommerceCaseReceived",
			EcommerceCaseAssigned.class, "cases.EcommerceCaseAssigned", EcommerceCaseDetermined.class,
			"cases.EcommerceCaseDetermined", ExhibitionStationed.class, "cases.ExhibitionStationed",
			HotlineCaseReplied.class, "cases.HotlineCaseReplied", InspectionAssisted.class, "cases.InspectionAssisted",
			ThroughTrainServiceGiven.class, "cases.ThroughTrainServiceGiven");

	@Test
	void aMovedEventIsCountedUnderItsBoundName() {
		EventTypes types = new EventTypes();
		MOVED.forEach((type, name) -> {
			assertThat(EventTypes.nameOf(type)).isEqualTo(name);
			assertThat(types.find(name).orElseThrow().available()).as(name).isTrue();
		});
	}
}

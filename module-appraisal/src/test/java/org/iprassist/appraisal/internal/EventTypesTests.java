package org.iprassist.appraisal.internal;

import java.time.LocalDate;
import java.util.List;

import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;
import org.iprassist.tenants.UnitEstablished;
import org.iprassist.tenants.UnitProfileUpdated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The registry of event types, built from classes: it refuses events it could only count under a
 * wrong name, and finds the class of a publication stored before its class moved.
 */
class EventTypesTests {

	@Test
	void theScanFindsTheEventsOfTheGivenPackagesByTheirDeclaredNames() {
		List<Class<?>> found = EventTypes.scan(List.of("org.iprassist.tenants"));
		assertThat(found).contains(UnitEstablished.class, UnitProfileUpdated.class);
		EventTypes types = new EventTypes(found, null);
		assertThat(types.available("tenants.UnitEstablished")).isTrue();
		assertThat(EventTypes.nameOf(UnitEstablished.class)).isEqualTo("tenants.UnitEstablished");
	}

	@Test
	void anEventWithoutANameOrTwoWithTheSameNameStopTheStart() {
		UnitEvent unnamed = new UnitEvent() {
			@Override
			public String unitCode() {
				return "gx-beihai";
			}

			@Override
			public Occurrence occurred() {
				return Occurrence.on(LocalDate.of(2020, 1, 1));
			}
		};
		assertThatIllegalStateException().isThrownBy(() -> new EventTypes(List.of(unnamed.getClass()), null))
			.withMessageContaining("without an @EventName");
		assertThatIllegalStateException()
			.isThrownBy(() -> new EventTypes(List.of(UnitEstablished.class, UnitEstablished.class), null))
			.withMessageContaining("share the name tenants.UnitEstablished");
	}

	@Test
	void aPublicationStoredUnderAClassNameThatMovedIsFoundBySimpleName() {
		EventTypes types = new EventTypes(List.of(UnitEstablished.class, UnitProfileUpdated.class), null);
		assertThat(types.classOf(UnitEstablished.class.getName())).contains(UnitEstablished.class);
		assertThat(types.classOf("org.iprassist.tenants.lifecycle.UnitEstablished")).contains(UnitEstablished.class);
		assertThat(types.classOf("org.iprassist.tenants.NoSuchEvent")).isEmpty();
	}
}

package org.iprassist.cases.ecommerce.internal;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.iprassist.cases.DeterminationOpinions;
import org.iprassist.cases.DeterminationOpinions.IssuedOpinion;
import org.iprassist.cases.DeterminationOpinions.OpinionFile;
import org.springframework.stereotype.Component;

/**
 * Finds a case's sealed determination opinion for the staff who see the case. The regional centre
 * issues it, because the centre answers the platform, so it lives in the centre's schema under the
 * centre's case; a sub-centre's copy reaches it through the source it points back at. The copy's
 * members may read it: they determined the case it answers.
 */
@Component
class CaseOpinions {

	private final DeterminationOpinions opinions;

	private final EcommerceUnits units;

	CaseOpinions(DeterminationOpinions opinions, EcommerceUnits units) {
		this.opinions = opinions;
		this.units = units;
	}

	Optional<IssuedOpinion> issued(EcommerceCase c) {
		return atIssuer(c, opinions::of);
	}

	Optional<OpinionFile> pdf(EcommerceCase c) {
		return atIssuer(c, opinions::pdf);
	}

	Optional<OpinionFile> ofd(EcommerceCase c) {
		return atIssuer(c, opinions::ofd);
	}

	private <T> Optional<T> atIssuer(EcommerceCase c, Function<UUID, Optional<T>> read) {
		if (c.sourceUnit() == null) {
			return read.apply(c.id());
		}
		return units.in(c.sourceUnit()).call(() -> read.apply(c.sourceCaseId()));
	}
}

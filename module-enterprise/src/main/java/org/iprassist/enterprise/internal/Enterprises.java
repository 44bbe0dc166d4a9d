package org.iprassist.enterprise.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The enterprises of the current unit's register.
 */
interface Enterprises extends JpaRepository<EnterpriseEntity, UUID> {

	List<EnterpriseEntity> findAllByOrderByNameAsc();

	Optional<EnterpriseEntity> findByCreditCode(String creditCode);

	boolean existsByCreditCode(String creditCode);

	List<EnterpriseEntity> findByCreditCodeIn(Collection<String> creditCodes);
}

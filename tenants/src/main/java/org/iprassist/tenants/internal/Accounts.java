package org.iprassist.tenants.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Local accounts, in the platform schema.
 */
interface Accounts extends JpaRepository<AccountEntity, UUID> {

	Optional<AccountEntity> findByUsername(String username);

	boolean existsByUsername(String username);
}

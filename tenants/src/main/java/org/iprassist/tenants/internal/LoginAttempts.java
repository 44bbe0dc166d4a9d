package org.iprassist.tenants.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Failed-login counters by user name.
 */
interface LoginAttempts extends JpaRepository<LoginAttemptEntity, String> {
}

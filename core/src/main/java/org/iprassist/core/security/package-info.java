/**
 * The security model shared by every module: roles, memberships, the authenticated user and the
 * rule deciding who may enter which unit. Local accounts are checked by an
 * {@code AuthenticationProvider} from the tenant store; {@code ipr.auth.mode=keycloak} is set up
 * here (OIDC login, JWT bearer tokens, organizations at provisioning) and asks the tenant store,
 * through {@link org.iprassist.core.security.IdentityRealms}, which realms to trust.
 */
@org.springframework.modulith.NamedInterface("security")
package org.iprassist.core.security;

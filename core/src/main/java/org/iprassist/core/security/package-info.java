/**
 * The security model shared by every module: roles, memberships, the authenticated user and the
 * rule deciding who may enter which unit. How users authenticate (local accounts or Keycloak) is
 * plugged in from outside through Spring Security's {@code AuthenticationProvider} beans.
 */
@org.springframework.modulith.NamedInterface("security")
package org.iprassist.core.security;

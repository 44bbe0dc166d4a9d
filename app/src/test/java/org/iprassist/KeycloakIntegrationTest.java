package org.iprassist;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import iprassist.testsupport.TestDatabase;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application in {@code ipr.auth.mode=keycloak} against the real Keycloak of
 * {@link KeycloakServer}, on the port the portal client's redirect URI names, with the seeded
 * Guangxi network and the demo unit profiles, driven through MockMvc or a browser. The suite is
 * tagged {@code keycloak}; {@code ./mvnw verify} runs it in an execution of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@ContextConfiguration(initializers = { TestDatabase.class, KeycloakServer.Properties.class })
@ExtendWith(KeycloakServer.Running.class)
@Tag("keycloak")
public @interface KeycloakIntegrationTest {
}

package org.iprassist;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import iprassist.testsupport.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The cases module and its nested modules with what they use (core, tenants, experts), the demo
 * accounts and the seeded Guangxi network, on a database of their own (H2, or MariaDB when
 * {@code ipr.test.db=mariadb}), driven through MockMvc: the pages and API of cases tested without
 * the rest of the application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
public @interface CasesIntegrationTest {
}

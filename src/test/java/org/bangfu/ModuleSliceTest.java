package org.bangfu;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A module slice: Spring Modulith's {@link ApplicationModuleTest} for the module of the test's package (only its
 * beans, plus those of {@link #extraIncludes()}), without the process engine, Vaadin or a web server, on a fresh
 * PostgreSQL database of its own that Flyway migrates (see {@link ModuleSlices}). Starts in seconds where
 * {@link IntegrationTest} needs a minute; one context per module, shared by the module's slice tests as long as they
 * declare the same includes. Name such classes {@code *SliceTest}: {@code ./mvnw test -Dtest='*SliceTest'}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, verifyAutomatically = false)
@Import(ModuleSlices.class)
@TestPropertySource(properties = {
        // Not in a slice: the engine (its schema, job executor, process application), its webapp and REST API, and
        // Vaadin; ModuleSlices supplies the clock the engine would have supplied.
        "spring.autoconfigure.exclude="
                + "org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration,"
                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration,"
                + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
        "bangfu.scheduling.enabled=false",
        // The health groups name the operations module's components (engine, jobs, events), absent from a slice.
        "management.endpoint.health.validate-group-membership=false",
        // Several slice pools live beside the application's (30) on the same server during a full run.
        "spring.datasource.hikari.maximum-pool-size=20",
        // The crypto keys of IntegrationTest, so that a module reading encrypted columns sees what the others see.
        "bangfu.crypto.keys.2=" + IntegrationTest.SECOND_KEY, "bangfu.crypto.current-key-id=2"})
public @interface ModuleSliceTest {

    /** Further modules to start beside the test's own (by module name), e.g. {@code organization} for its users. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
    String[] extraIncludes() default {};
}

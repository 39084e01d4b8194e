package org.bangfu;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrganizationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the application: one shared Spring context (the same configuration everywhere, so
 * it starts once per run) on the run's own PostgreSQL database, with the web server on a random port for REST and
 * browser tests. A test that needs one module and the database, but neither the engine nor a screen, is a
 * {@link ModuleSliceTest} instead: it starts in seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false",
                // Tests run async steps and timers themselves (see ProcessTestSupport): no background executor.
                "camunda.bpm.job-execution.enabled=false",
                // ... and hand bank results to processes and send SMS notices themselves.
                "bangfu.scheduling.enabled=false",
                // Spring Boot tests replace the Prometheus registry by a simple one unless told otherwise: the
                // scrape is tested as it runs (OperationsEndpointsTest).
                "spring.test.observability.auto-configure=true",
                // Key 1 is the development key; the tests write under a second key, so every run reads old
                // (key 1) values next to new ones (docs/security/keys.md).
                "bangfu.crypto.keys.2=" + IntegrationTest.SECOND_KEY, "bangfu.crypto.current-key-id=2"})
public abstract class IntegrationTest {

    /** The tests' current crypto key (id 2); key 1 is the development key of application.yml. */
    public static final String SECOND_KEY = "dGVzdHMtc2Vjb25kLWtleS0zMi1ieXRlcy1sb25nISE=";

    @Autowired
    protected OrganizationService organization;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
    }

    protected CurrentUser user(String username) {
        return organization.user(username).orElseThrow();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Waits for something the job executor does in the background (the async payment step). */
    protected static void await(BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + timeout);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

package org.bangfu;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bangfu.audit.internal.AuditFixtures;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * What a {@link ModuleSliceTest} context needs beyond its modules' own beans. A {@code @TestConfiguration}, so the
 * full application's component scan in {@link IntegrationTest} never picks it up.
 */
@TestConfiguration(proxyBeanMethods = false)
@org.springframework.context.annotation.Import(org.bangfu.shared.NodeLocks.class) // shared's one bean: no module scans it
public class ModuleSlices {

    private static final String PROCESS_APPLICATION = "org.camunda.bpm.spring.boot.starter.SpringBootProcessApplication";

    /**
     * A fresh database per slice context, so a slice neither sees nor leaves rows in the run's database that the
     * application tests share (TestDatabase rules: PostgreSQL, H2 only with a warning, never under CI=true).
     */
    @Bean
    static DynamicPropertyRegistrar sliceDatabase() {
        TestDatabase.Database database = TestDatabase.another("slice");
        return registry -> {
            registry.add("spring.datasource.url", database::url);
            registry.add("spring.datasource.username", database::user);
            registry.add("spring.datasource.password", database::password);
        };
    }

    /**
     * {@code @EnableProcessApplication} on the application class imports Camunda's process application, which needs
     * the engine that a slice does not start: drop it.
     */
    @Bean
    static BeanDefinitionRegistryPostProcessor withoutProcessApplication() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                Arrays.stream(registry.getBeanDefinitionNames())
                        .filter(name -> PROCESS_APPLICATION.equals(registry.getBeanDefinition(name).getBeanClassName()))
                        .forEach(registry::removeBeanDefinition);
            }
        };
    }

    /**
     * The whole schema in every slice: the audit chain's Java migrations (V12, the chain; V26, its hashes as bytes)
     * are beans of the audit module, so a slice without that module adds them here.
     */
    @Bean
    static FlywayConfigurationCustomizer withAuditChainMigration() {
        return configuration -> {
            List<JavaMigration> migrations = new ArrayList<>(Arrays.asList(configuration.getJavaMigrations()));
            if (migrations.stream().noneMatch(m -> "12".equals(m.getVersion().getVersion()))) {
                migrations.add(AuditFixtures.chainMigration());
                migrations.add(AuditFixtures.hashColumnsMigration());
                configuration.javaMigrations(migrations.toArray(JavaMigration[]::new));
            }
        };
    }

    /**
     * Every slice with the organization module creates the 18 demo users in its fresh database: at BCrypt's default
     * strength that alone takes seconds. Slices test no password hashing (LoginSecurityTest and FirstAdministratorTest
     * do, in the application), so they hash at the lowest strength.
     */
    @Bean
    @Primary
    PasswordEncoder fastPasswordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    /** The application's clock reads the engine's time; in a slice, a clock the tests may move. */
    @Bean
    MovableClock clock(@Value("${bangfu.time-zone:Asia/Shanghai}") String zone) {
        return new MovableClock(ZoneId.of(zone));
    }
}

package org.bangfu.campaign.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.bangfu.campaign.ModelWorkerCommand;
import org.bangfu.campaign.ModelWorkerHonour;
import org.bangfu.campaign.ModelWorkerService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shared.BankCardNumber;
import org.bangfu.shared.ResidentId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.bangfu.shared.NodeLocks;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few model workers on the demo units (names in {@code demo/model-workers.csv}), added through the service like
 * real entries, only while the list is empty; two of them are 70 and over. Off with {@code bangfu.demo-data=false}.
 */
@Component
@ConditionalOnProperty(name = "bangfu.demo-data", havingValue = "true", matchIfMissing = true)
class DemoModelWorkers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoModelWorkers.class);
    static final String ACTOR = "demo-data";

    static final String COUNT_WORKERS = """
            SELECT COUNT(*) FROM model_worker""";

    private final ModelWorkerService modelWorkers;
    private final OrganizationService organization;
    private final JdbcClient jdbc;
    private final NodeLocks locks;

    DemoModelWorkers(ModelWorkerService modelWorkers, OrganizationService organization, JdbcClient jdbc,
                     NodeLocks locks) {
        this.locks = locks;
        this.modelWorkers = modelWorkers;
        this.organization = organization;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        locks.awaitInTransaction(NodeLocks.START_UP);
        if (jdbc.sql(COUNT_WORKERS).query(Integer.class).single() > 0) {
            return;
        }
        int added = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/model-workers.csv").getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",");
                OrgUnit unit = organization.unitByCode(f[0]).orElseThrow();
                String first17 = unit.divisionCode() + f[2] + f[3];
                CurrentUser keeper = new CurrentUser(ACTOR, ACTOR, unit, Set.of(Role.CASE_WORKER));
                modelWorkers.add(new ModelWorkerCommand(unit.id(), f[1], first17 + ResidentId.checkCharacter(first17),
                        ModelWorkerHonour.valueOf(f[4]), Integer.parseInt(f[5]), f[6], f[1],
                        card("62220202" + f[6].substring(4)), false), keeper);
                added++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Demo model workers: {} added", added);
    }

    /** A Luhn-valid 16-digit card number from 15 digits. */
    private static String card(String prefix15) {
        for (int digit = 0; digit < 10; digit++) {
            if (BankCardNumber.passesLuhn(prefix15 + digit)) {
                return prefix15 + digit;
            }
        }
        throw new IllegalStateException(prefix15);
    }
}

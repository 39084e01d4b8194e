package org.bangfu.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.bangfu.CaseJourney;
import org.bangfu.FollowUpTimers;
import org.bangfu.Nodes;
import org.bangfu.TestBank;
import org.bangfu.TestDatabase;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.funds.PaymentStatus;
import org.bangfu.identification.HardshipCase;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Bangfu nodes on one PostgreSQL database (docs/operations.md, "Two nodes"): two application contexts with
 * their job executors on and the background runs scheduled every second. Due follow-up visit timers are drained by
 * both; a bank batch is paid while both run; node A is closed in the middle of the timers (its executor's queued
 * jobs stay locked); node B finishes everything once A's locks expire. Nothing fires twice, nothing is lost, no
 * payment line is paid, booked or texted twice, and the second start did not book the demo money again.
 */
class TwoNodesTest {

    /** Due timers: enough that node A is stopped with work in hand. */
    static final int PERIODS = 100;
    static final String DEMO_ALLOCATIONS = "SELECT COUNT(*) FROM fund_allocation WHERE created_by = 'demo-data'";
    static final String LEDGER_PAYMENTS = """
            SELECT COUNT(*) FROM fund_ledger WHERE entry_type = 'PAYMENT' AND case_id = :caseId""";
    static final String SMS_NOTICES = "SELECT COUNT(*) FROM sms_notice WHERE payment_id = :paymentId";
    static final String LOCKED_BY = """
            SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ = :owner AND lock_exp_time_ > CURRENT_TIMESTAMP""";

    @Test
    void twoNodesFireEveryTimerOncePayOnceAndLoseNothingWhenOneStops() throws Exception {
        TestDatabase.Database db = TestDatabase.another("nodes");
        assumeTrue(db.postgres(), "two nodes need PostgreSQL");
        Map<String, Object> node = new HashMap<>();
        // a short lock: jobs of a stopped node go to the other after 3 s (production: 5 minutes)
        node.put("camunda.bpm.job-execution.lock-time-in-millis", "3000");
        node.put("camunda.bpm.job-execution.wait-time-in-millis", "200");
        node.put("camunda.bpm.job-execution.max-wait", "1000");
        node.put("bangfu.scheduling.enabled", "true");
        node.put("bangfu.events.retry-interval", "PT1S");
        node.put("bangfu.sms.interval", "PT1S");
        // the nodes install their own global security-context strategy (Vaadin's): the JVM's comes back at the end
        org.springframework.security.core.context.SecurityContextHolderStrategy before =
                org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
        ConfigurableApplicationContext a = Nodes.start(db, node);
        ConfigurableApplicationContext b = null;
        try {
            JdbcClient jdbc = a.getBean(JdbcClient.class);
            long demoMoney = jdbc.sql(DEMO_ALLOCATIONS).query(Long.class).single();
            // the files are prepared as the other tests do (the journey runs its own jobs and moves the clock)
            Nodes.jobExecutor(a).shutdown();
            CaseJourney journey = new CaseJourney(a);
            List<HardshipCase> paid = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                HardshipCase file = journey.openFile();
                journey.ensureTestMoney(journey.today().getYear());
                journey.requestAid(file, "800.00");
                journey.approveAid(file);
                paid.add(file);
            }
            int periods = FollowUpTimers.addPeriods(a, paid.get(0), PERIODS);
            ClockUtil.reset();

            b = Nodes.start(db, node);
            assertThat(jdbc.sql(DEMO_ALLOCATIONS).query(Long.class).single()).as("demo money booked once")
                    .isEqualTo(demoMoney);
            Nodes.jobExecutor(a).start();
            // the bank pays both files while both nodes run their background steps
            TestBank bank = journey.bank();
            for (HardshipCase file : paid) {
                bank.answer(bank.send(file), null);
            }
            assertThat(FollowUpTimers.makeDue(jdbc)).isEqualTo(periods);

            await(() -> FollowUpTimers.fired(jdbc) >= periods / 4, Duration.ofSeconds(60), "a quarter fired");
            String ownerA = Nodes.jobExecutor(a).getLockOwner();
            long lockedByA = jdbc.sql(LOCKED_BY).param("owner", ownerA).query(Long.class).single();
            long firedBeforeStop = FollowUpTimers.fired(jdbc);
            a.close();
            JdbcClient onB = b.getBean(JdbcClient.class);
            // what A's executor had acquired but not run stays locked by A until the lock expires; then B runs it
            long stranded = onB.sql(LOCKED_BY).param("owner", ownerA).query(Long.class).single();
            System.out.printf("[two-nodes] node A stopped after %d of %d timers had fired (%d when it was gone), "
                    + "holding %d job locks, %d of them left behind%n", firedBeforeStop, periods,
                    FollowUpTimers.fired(onB), lockedByA, stranded);

            await(() -> FollowUpTimers.due(onB) == 0 && FollowUpTimers.fired(onB) >= periods,
                    Duration.ofSeconds(90), "node B drains the rest");
            assertThat(FollowUpTimers.fired(onB)).as("timer firings").isEqualTo(periods);
            assertThat(FollowUpTimers.periodsFired(onB)).as("periods whose timer fired").isEqualTo(periods);
            assertThat(FollowUpTimers.visitsStarted(onB)).as("visits started").isEqualTo(periods);
            assertThat(FollowUpTimers.failed(onB)).as("failed jobs").isZero();

            CaseJourney onNodeB = new CaseJourney(b);
            for (HardshipCase file : paid) {
                List<PaymentRecord> lines = b.getBean(org.bangfu.funds.PaymentService.class).payments(file.id());
                assertThat(lines).as("payment lines of " + file.caseNo()).hasSize(1)
                        .allMatch(line -> line.status() == PaymentStatus.PAID);
                assertThat(onB.sql(LEDGER_PAYMENTS).param("caseId", file.id()).query(Long.class).single())
                        .as("money paid out for " + file.caseNo()).isEqualTo(1);
                assertThat(onB.sql(SMS_NOTICES).param("paymentId", lines.get(0).id()).query(Long.class).single())
                        .as("SMS notices for " + file.caseNo()).isLessThanOrEqualTo(1);
                assertThat(onNodeB.passed(file, "EndEvent_Paid")).as("payment process of " + file.caseNo()
                        + " ended paid").isEqualTo(1);
            }
        } finally {
            ClockUtil.reset();
            if (b != null) {
                b.close();
            }
            a.close();
            org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(before);
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + ": not within " + timeout);
            }
            Thread.sleep(100);
        }
    }
}

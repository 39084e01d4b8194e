package org.bangfu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bangfu.ModuleSliceTest;
import org.bangfu.audit.AuditChain;
import org.bangfu.audit.ChainVerification;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrganizationService;
import org.bangfu.shared.CaseChanged;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit table as a hash chain on PostgreSQL: append-only, never forked under concurrency, tampering found. */
@ModuleSliceTest(extraIncludes = {"organization", "shared"})
class AuditChainSliceTest {

    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired AuditChainVerifier verifier;
    @Autowired AuditChain chain;
    @Autowired OrganizationService organization;
    @Value("${spring.datasource.url}") String databaseUrl;

    private CurrentUser user(String username) {
        return organization.user(username).orElseThrow();
    }

    @BeforeEach
    void postgresOnly() {
        Assumptions.assumeTrue(databaseUrl.startsWith("jdbc:postgresql:"),
                "the append-only triggers are tested on PostgreSQL");
    }

    private long publish(String actor, String detail) {
        new TransactionTemplate(transactions).executeWithoutResult(s ->
                events.publishEvent(new CaseChanged(actor, "EDITED", null, null, detail)));
        return jdbc.sql("SELECT id FROM audit_event WHERE detail = ?").param(detail).query(Long.class).single();
    }

    @Test
    void updateDeleteAndTruncateOnTheAuditTableAreRefusedByTheDatabase() {
        long id = publish("chain-test", "refused-" + System.nanoTime());

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET detail = 'forged' WHERE id = ?").param(id).update())
                .hasStackTraceContaining("audit_event is append-only: UPDATE is refused");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = ?").param(id).update())
                .hasStackTraceContaining("audit_event is append-only: DELETE is refused");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event CASCADE").update())
                .hasStackTraceContaining("audit_event is append-only: TRUNCATE is refused");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_chain_head").update())
                .hasStackTraceContaining("audit_chain_head is append-only: DELETE is refused");
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE id = ?").param(id).query(String.class).single())
                .startsWith("refused-");
    }

    @Test
    void aTamperedRowIsNamedAsTheFirstBadRowAndTheCommandExitsWithOne() {
        publish("chain-test", "before-" + System.nanoTime());
        String original = "tamper-" + System.nanoTime();
        long id = publish("chain-test", original);
        publish("chain-test", "after-" + System.nanoTime());
        long position = jdbc.sql("SELECT chain_position FROM audit_event WHERE id = ?").param(id).query(Long.class)
                .single();
        setDetail(id, "2000 yuan, not 200");
        try {
            ChainVerification result = verifier.verify((done, total) -> { });

            assertThat(result.isIntact()).isFalse();
            assertThat(result.badPosition()).isEqualTo(position);
            assertThat(result.badEventId()).isEqualTo(id);
            assertThat(result.problem()).isEqualTo(ChainVerification.Problem.ROW_HASH);
            assertThat(result.checked()).isEqualTo(position - 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = new AuditVerifyCommand(verifier, null).run(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(exit).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("audit chain BROKEN at position " + position + " (audit_event.id " + id + "): ROW_HASH");
        } finally {
            setDetail(id, original);
        }
        assertThat(verifier.verify((done, total) -> { }).isIntact()).isTrue();
    }

    @Test
    void aRemovedRowBreaksTheLinkOfTheRowAfterIt() {
        long first = publish("chain-test", "gap-a-" + System.nanoTime());
        long second = publish("chain-test", "gap-b-" + System.nanoTime());
        long third = publish("chain-test", "gap-c-" + System.nanoTime());
        long position = jdbc.sql("SELECT chain_position FROM audit_event WHERE id = ?").param(second)
                .query(Long.class).single();
        // Pretend the middle row was deleted and the rest moved up: the link from the third row gives it away.
        byte[] secondPrev = jdbc.sql("SELECT prev_hash FROM audit_event WHERE id = ?").param(second)
                .query(byte[].class).single();
        withoutTrigger(() -> jdbc.sql("UPDATE audit_event SET prev_hash = ? WHERE id = ?")
                .params(AuditChainFormat.bytes("f".repeat(64)), second)
                .update());
        try {
            ChainVerification result = verifier.verify((done, total) -> { });
            assertThat(result.badPosition()).isEqualTo(position);
            assertThat(result.badEventId()).isEqualTo(second);
            assertThat(result.problem()).isEqualTo(ChainVerification.Problem.PREV_HASH);
        } finally {
            withoutTrigger(() -> jdbc.sql("UPDATE audit_event SET prev_hash = ? WHERE id = ?").params(secondPrev, second)
                    .update());
        }
        assertThat(first).isLessThan(third);
        assertThat(verifier.verify((done, total) -> { }).isIntact()).isTrue();
    }

    @Test
    void aHeadMovedBackDoesNotHideTheRowsAfterIt() {
        publish("chain-test", "head-" + System.nanoTime());
        long position = head();
        String hash = jdbc.sql("SELECT last_hash FROM audit_chain_head").query(String.class).single();
        String previous = AuditChainFormat.hex(jdbc.sql("SELECT prev_hash FROM audit_event WHERE chain_position = ?")
                .param(position).query(byte[].class).single());
        jdbc.sql("UPDATE audit_chain_head SET last_position = ?, last_hash = ?").params(position - 1, previous).update();
        try {
            ChainVerification result = verifier.verify((done, total) -> { });
            assertThat(result.problem()).isEqualTo(ChainVerification.Problem.HEAD);
            assertThat(result.badPosition()).isEqualTo(position);
        } finally {
            jdbc.sql("UPDATE audit_chain_head SET last_position = ?, last_hash = ?").params(position, hash).update();
        }
        assertThat(verifier.verify((done, total) -> { }).isIntact()).isTrue();
    }

    @Test
    void concurrentTransactionsNeverForkTheChainAndRolledBackOnesLeaveNoHole() throws Exception {
        long before = head();
        int threads = 16;
        int perThread = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        String run = "conc-" + System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                start.await();
                int committed = 0;
                for (int i = 0; i < perThread; i++) {
                    boolean rollBack = (thread + i) % 5 == 0;
                    TransactionTemplate tx = new TransactionTemplate(transactions);
                    try {
                        tx.executeWithoutResult(s -> {
                            events.publishEvent(new CaseChanged("t" + thread, "EDITED", null, null, run + " a"));
                            events.publishEvent(new CaseChanged("t" + thread, "EDITED", null, null, run + " b"));
                            if (rollBack) {
                                throw new IllegalStateException("rolled back on purpose");
                            }
                        });
                        committed += 2;
                    } catch (IllegalStateException expected) {
                        // the rows of this transaction must leave no trace
                    }
                }
                return committed;
            }));
        }
        start.countDown();
        int committed = 0;
        for (Future<Integer> result : results) {
            committed += result.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE detail LIKE ?").param(run + "%").query(Long.class)
                .single()).isEqualTo(committed);
        long after = head();
        assertThat(after - before).isGreaterThanOrEqualTo(committed);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single())
                .as("positions 1..head without a hole").isEqualTo(jdbc.sql("SELECT MAX(chain_position) FROM audit_event")
                        .query(Long.class).single());
        ChainVerification verified = verifier.verify((done, total) -> { });
        assertThat(verified.isIntact()).as(verified.summary()).isTrue();
        assertThat(verified.checked()).isGreaterThanOrEqualTo(after);
    }

    @Test
    void anIntactChainVerifiesPageByPageWithProgressAndTheCommandExitsWithZero() {
        for (int i = 0; i < 3; i++) {
            publish("chain-test", "page-" + i + "-" + System.nanoTime());
        }
        List<long[]> seen = new ArrayList<>();
        ChainVerification result = chain.verify(user("auditor_zhengzhou"), (done, total) -> seen.add(
                new long[] {done, total}));

        assertThat(result.isIntact()).as(result.summary()).isTrue();
        assertThat(seen.get(0)[0]).isZero();
        assertThat(seen.get(seen.size() - 1)[0]).isEqualTo(result.checked());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(new AuditVerifyCommand(verifier, null).run(new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("audit chain OK: ");
    }

    @Test
    void onlyAuditorsAndAdministratorsVerifyOnTheScreen() {
        assertThatThrownBy(() -> chain.verify(user("analyst"), (done, total) -> { }))
                .isInstanceOf(RuntimeException.class);
    }

    private long head() {
        return jdbc.sql("SELECT last_position FROM audit_chain_head").query(Long.class).single();
    }

    private void setDetail(long id, String detail) {
        withoutTrigger(() -> jdbc.sql("UPDATE audit_event SET detail = ? WHERE id = ?").params(detail, id).update());
    }

    /** Tampering as a database superuser could: switch the trigger off, change, switch it on again. */
    private void withoutTrigger(Runnable change) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
            change.run();
            jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only").update();
        });
    }
}

package org.bangfu;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bangfu.casework.process.ProcessIds;
import org.bangfu.identification.HardshipCase;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many due timers of a real Bangfu process, for the two-node test and the timers benchmark: follow-up periods
 * ({@code FollowUpProcess}) of an open file, each waiting on its visit-cycle timer, made due at once. A firing runs
 * {@code Task_StartVisit}: a {@code FollowUpVisitProcess} with its user task and inbox row, and the next cycle's timer
 * a month on.
 */
public final class FollowUpTimers {

    static final String MAKE_DUE = """
            UPDATE act_ru_job SET duedate_ = :now
            WHERE handler_type_ = 'timer-start-event-subprocess' AND process_def_key_ = :key""";
    static final String DUE_JOBS = """
            SELECT COUNT(*) FROM act_ru_job WHERE retries_ > 0 AND (duedate_ IS NULL OR duedate_ <= :now)""";
    static final String FAILED_JOBS = "SELECT COUNT(*) FROM act_ru_job WHERE retries_ = 0";
    static final String FIRED = "SELECT COUNT(*) FROM act_hi_actinst WHERE act_id_ = 'Task_StartVisit'";
    static final String PERIODS_FIRED = """
            SELECT COUNT(DISTINCT proc_inst_id_) FROM act_hi_actinst WHERE act_id_ = 'Task_StartVisit'""";
    static final String VISIT_PROCESSES = "SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = :key";

    private FollowUpTimers() {
    }

    /**
     * Starts {@code more} follow-up periods of the open file with the variables of its own period (4 threads, 100
     * per transaction); answers how many periods exist.
     */
    public static int addPeriods(ApplicationContext node, HardshipCase file, int more) throws Exception {
        RuntimeService runtime = node.getBean(RuntimeService.class);
        String own = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessIds.FOLLOW_UP_PROCESS)
                .processInstanceBusinessKey(file.caseNo()).list().get(0).getId();
        Map<String, Object> variables = runtime.getVariables(own);
        TransactionTemplate each = new TransactionTemplate(node.getBean(PlatformTransactionManager.class));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int from = 0; from < more; from += 100) {
                int batch = Math.min(100, more - from);
                work.add(pool.submit(() -> each.executeWithoutResult(status -> {
                    for (int i = 0; i < batch; i++) {
                        runtime.startProcessInstanceByKey(ProcessIds.FOLLOW_UP_PROCESS, file.caseNo(),
                                new HashMap<>(variables));
                    }
                })));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        return (int) runtime.createProcessInstanceQuery().processDefinitionKey(ProcessIds.FOLLOW_UP_PROCESS).count();
    }

    /** Makes every visit-cycle timer due now; answers how many. */
    public static int makeDue(JdbcClient jdbc) {
        return jdbc.sql(MAKE_DUE).param("now", new Timestamp(System.currentTimeMillis()))
                .param("key", ProcessIds.FOLLOW_UP_PROCESS).update();
    }

    /** Jobs due now (timers and async steps), running ones included, failed ones not. */
    public static long due(JdbcClient jdbc) {
        return jdbc.sql(DUE_JOBS).param("now", new Timestamp(System.currentTimeMillis())).query(Long.class).single();
    }

    public static long failed(JdbcClient jdbc) {
        return jdbc.sql(FAILED_JOBS).query(Long.class).single();
    }

    /** How often Task_StartVisit ran (a timer firing that committed). */
    public static long fired(JdbcClient jdbc) {
        return jdbc.sql(FIRED).query(Long.class).single();
    }

    /** How many periods' timers fired at least once. */
    public static long periodsFired(JdbcClient jdbc) {
        return jdbc.sql(PERIODS_FIRED).query(Long.class).single();
    }

    public static long visitsStarted(JdbcClient jdbc) {
        return jdbc.sql(VISIT_PROCESSES).param("key", ProcessIds.FOLLOW_UP_VISIT_PROCESS).query(Long.class).single();
    }
}

package org.bangfu.identification.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import org.bangfu.identification.HardshipCase;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The case rows read by id in the current transaction, so that the many readers of one case in one action (the
 * task's kind, its four-eyes check, the delegates, the SLA expressions of the next task) read it once. Every write of
 * a case in this module forgets it ({@link #forget}); nothing is kept across transactions (another transaction may
 * change the case), and outside a transaction nothing is kept at all. A transaction suspended for a new one keeps
 * its memo to itself. A write of any case in this application, in any transaction, also makes every transaction's
 * memo read again, when it writes and again when its transaction ends (a write in a nested new transaction or
 * in another thread is seen by the next read, as without the memo once it is committed).
 */
final class CaseMemo {

    private static final Object KEY = new Object();

    /** Counts the writes of cases (and the ends of writing transactions) in this application. */
    private static final AtomicLong WRITES = new AtomicLong();

    /** The cases read in one transaction, valid while no case was written since. */
    private static final class Read {
        final Map<Long, HardshipCase> cases = new HashMap<>();
        long writes = WRITES.get();
    }

    private CaseMemo() {
    }

    /** The case from this transaction's memo, or read by the loader and remembered. */
    static HardshipCase get(long caseId, LongFunction<HardshipCase> loader) {
        Read read = memo();
        if (read == null) {
            return loader.apply(caseId);
        }
        long writes = WRITES.get();
        if (read.writes != writes) {
            read.cases.clear();
            read.writes = writes;
        }
        HardshipCase known = read.cases.get(caseId);
        if (known == null) {
            known = loader.apply(caseId);
            read.cases.put(caseId, known);
        }
        return known;
    }

    /**
     * A case was written: the next read of any case, in this transaction or any other, goes to the database, and
     * again once this transaction has ended (its change is then committed or gone).
     */
    static void forgetAll() {
        WRITES.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    WRITES.incrementAndGet();
                }
            });
        }
    }

    private static Read current() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                ? (Read) TransactionSynchronizationManager.getResource(KEY) : null;
    }

    private static Read memo() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Read read = current();
        if (read == null) {
            Read created = new Read();
            TransactionSynchronizationManager.bindResource(KEY, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(KEY, created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            read = created;
        }
        return read;
    }
}

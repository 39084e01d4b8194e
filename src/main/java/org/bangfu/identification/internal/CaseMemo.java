package org.bangfu.identification.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

import org.bangfu.identification.HardshipCase;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The case rows read by id in the current transaction, so that the many readers of one case in one action (the
 * task's kind, its four-eyes check, the delegates, the SLA expressions of the next task) read it once. Every write of
 * a case in this module forgets it ({@link #forget}); nothing is kept across transactions (another transaction may
 * change the case), and outside a transaction nothing is kept at all. A transaction suspended for a new one keeps
 * its memo to itself.
 */
final class CaseMemo {

    private static final Object KEY = new Object();

    private CaseMemo() {
    }

    /** The case from this transaction's memo, or read by the loader and remembered. */
    static HardshipCase get(long caseId, LongFunction<HardshipCase> loader) {
        Map<Long, HardshipCase> read = memo();
        if (read == null) {
            return loader.apply(caseId);
        }
        HardshipCase known = read.get(caseId);
        if (known == null) {
            known = loader.apply(caseId);
            read.put(caseId, known);
        }
        return known;
    }

    /** The case was (or may have been) written in this transaction: the next read goes to the database. */
    static void forget(long caseId) {
        Map<Long, HardshipCase> read = current();
        if (read != null) {
            read.remove(caseId);
        }
    }

    /** Every case was (or may have been) written in this transaction. */
    static void forgetAll() {
        Map<Long, HardshipCase> read = current();
        if (read != null) {
            read.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, HardshipCase> current() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                ? (Map<Long, HardshipCase>) TransactionSynchronizationManager.getResource(KEY) : null;
    }

    private static Map<Long, HardshipCase> memo() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Map<Long, HardshipCase> read = current();
        if (read == null) {
            Map<Long, HardshipCase> created = new HashMap<>();
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

package org.bangfu.audit.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes audit rows onto the end of the hash chain.
 * <p>
 * The chain head ({@code audit_chain_head}, one row) is locked {@code FOR UPDATE}, the rows get the next positions
 * and their hashes, and the head moves on - all in the transaction that caused the rows. Two transactions therefore
 * never fork the chain, and a transaction that rolls back takes its positions with it (no hole). To keep the lock
 * short under many concurrent approvers, rows published during a transaction are collected and written in its
 * {@code beforeCommit} (after every other synchronization): the head is locked only from there to the commit, not
 * for the whole business transaction.
 */
@Component
class AuditChainAppender {

    static final String LOCK_HEAD = """
            SELECT last_position, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE""";
    static final String INSERT_EVENT = """
            INSERT INTO audit_event (occurred_at, actor, action, case_id, unit_id, detail, chain_position,
              prev_hash, row_hash)
            VALUES (:occurredAt, :actor, :action, :caseId, :unitId, :detail, :position, :prevHash, :rowHash)""";
    static final String MOVE_HEAD = """
            UPDATE audit_chain_head SET last_position = :position, last_hash = :hash, last_event_id = :eventId
            WHERE id = 1""";

    record Row(OffsetDateTime occurredAt, String actor, String action, Long caseId, Long unitId, String detail) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    AuditChainAppender(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
    }

    void append(Row row) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            ownTransaction.executeWithoutResult(status -> write(List.of(row)));
            return;
        }
        Pending pending = pending();
        if (pending.written) {
            // Published by a synchronization that ran after ours: still inside the transaction, so write directly.
            write(List.of(row));
        } else {
            pending.rows.add(row);
        }
    }

    private Pending pending() {
        for (TransactionSynchronization sync : TransactionSynchronizationManager.getSynchronizations()) {
            if (sync instanceof Pending p && p.owner == this) {
                return p;
            }
        }
        Pending created = new Pending(this);
        TransactionSynchronizationManager.registerSynchronization(created);
        return created;
    }

    /** Locks the head, appends the rows in order, moves the head. Must run inside a transaction. */
    void write(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Object[] head = jdbc.sql(LOCK_HEAD)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long position = (Long) head[0];
        String prev = (String) head[1];
        Long lastId = null;
        for (Row row : rows) {
            position++;
            String hash = AuditChainFormat.rowHash(prev, position, row.occurredAt(), row.actor(), row.action(),
                    row.caseId(), row.unitId(), row.detail());
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql(INSERT_EVENT)
                    .param("occurredAt", row.occurredAt()).param("actor", row.actor()).param("action", row.action())
                    .param("caseId", row.caseId()).param("unitId", row.unitId()).param("detail", row.detail())
                    .param("position", position).param("prevHash", AuditChainFormat.bytes(prev))
                    .param("rowHash", AuditChainFormat.bytes(hash))
                    .update(key, "id");
            lastId = key.getKeyAs(Number.class).longValue();
            prev = hash;
        }
        jdbc.sql(MOVE_HEAD).param("position", position).param("hash", prev).param("eventId", lastId).update();
    }

    /** The rows of one transaction, written just before it commits. */
    private static final class Pending implements TransactionSynchronization {

        private final AuditChainAppender owner;
        private final List<Row> rows = new ArrayList<>();
        private boolean written;

        Pending(AuditChainAppender owner) {
            this.owner = owner;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            owner.write(rows);
        }
    }
}

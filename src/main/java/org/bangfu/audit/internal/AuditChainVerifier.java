package org.bangfu.audit.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.bangfu.audit.AuditChain;
import org.bangfu.audit.ChainVerification;
import org.bangfu.audit.ChainVerification.Problem;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Walks the chain in position order, one page at a time (never the whole table in memory), recomputes each row's
 * hash and stops at the first row that does not fit. The run checks the chain up to the head as read at its start;
 * rows appended meanwhile wait for the next run.
 */
@Service
class AuditChainVerifier implements AuditChain {

    private static final Logger log = LoggerFactory.getLogger(AuditChainVerifier.class);
    static final int PAGE = 1000;
    static final String HEAD_AND_LAST_POSITION = """
            SELECT h.last_position, h.last_hash, (SELECT MAX(a.chain_position) FROM audit_event a)
            FROM audit_chain_head h WHERE h.id = 1""";
    static final String EVENTS_PAGE = """
            SELECT id, chain_position, occurred_at, actor, action, case_id, unit_id,
              detail, prev_hash, row_hash FROM audit_event WHERE chain_position > :checked
            AND chain_position <= :lastRow ORDER BY chain_position FETCH FIRST\s""" + PAGE + " ROWS ONLY";

    private record Stored(long id, long position, OffsetDateTime occurredAt, String actor, String action, Long caseId,
            Long unitId, String detail, String prevHash, String rowHash) {
    }

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;

    AuditChainVerifier(JdbcClient jdbc, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
    }

    @Override
    public ChainVerification verify(CurrentUser auditor, Progress progress) {
        jurisdiction.requireAnyRole(auditor, Role.AUDITOR, Role.ADMIN);
        ChainVerification result = verify(progress);
        log.info("{} verified the audit chain: {}", auditor.username(), result.summary());
        return result;
    }

    /** The check itself, without a user (the command line). */
    ChainVerification verify(Progress progress) {
        // One statement, one snapshot: the head and the table's last position as committed together.
        Object[] head = jdbc.sql(HEAD_AND_LAST_POSITION)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)}).single();
        long headPosition = (Long) head[0];
        String headHash = (String) head[1];
        long lastRow = (Long) head[2];
        long total = Math.max(headPosition, lastRow);
        long checked = 0;
        String prev = AuditChainFormat.GENESIS;
        progress.checked(0, total);
        while (checked < lastRow) {
            List<Stored> page = jdbc.sql(EVENTS_PAGE)
                    .param("checked", checked).param("lastRow", lastRow).query((rs, n) -> new Stored(rs.getLong("id"), rs.getLong("chain_position"),
                            rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
                            rs.getString("action"), AuditChainMigration.nullableLong(rs, "case_id"),
                            AuditChainMigration.nullableLong(rs, "unit_id"), rs.getString("detail"),
                            AuditChainFormat.hex(rs.getBytes("prev_hash")),
                            AuditChainFormat.hex(rs.getBytes("row_hash")))).list();
            if (page.isEmpty()) {
                return bad(checked, total, checked + 1, null, Problem.POSITION, "the table's last position is " + lastRow
                        + ", but no row follows position " + checked);
            }
            for (Stored row : page) {
                long expected = checked + 1;
                if (row.position() != expected) {
                    return bad(checked, total, expected, null, Problem.POSITION, "position " + expected
                            + " is missing; the next row (audit_event.id " + row.id() + ") has position "
                            + row.position());
                }
                if (!prev.equals(row.prevHash())) {
                    return bad(checked, total, row.position(), row.id(), Problem.PREV_HASH, "prev_hash is "
                            + row.prevHash() + ", the previous row's row_hash is " + prev);
                }
                String recomputed = AuditChainFormat.rowHash(prev, row.position(), row.occurredAt(), row.actor(),
                        row.action(), row.caseId(), row.unitId(), row.detail());
                if (!recomputed.equals(row.rowHash())) {
                    return bad(checked, total, row.position(), row.id(), Problem.ROW_HASH, "stored row_hash "
                            + row.rowHash() + ", the row's fields give " + recomputed);
                }
                prev = row.rowHash();
                checked++;
            }
            progress.checked(checked, total);
        }
        if (headPosition != lastRow) {
            return bad(checked, total, Math.min(headPosition, lastRow) + 1, null, Problem.HEAD, "the head says the "
                    + "chain has " + headPosition + " rows, the table's last position is " + lastRow);
        }
        if (!prev.equals(headHash)) {
            return bad(checked, total, total, null, Problem.HEAD, "the head's hash " + headHash
                    + " is not the last row's " + prev);
        }
        return ChainVerification.intact(checked);
    }

    private static ChainVerification bad(long checked, long total, long position, Long id, Problem problem,
            String detail) {
        return new ChainVerification(checked, total, position, id, problem, detail);
    }
}

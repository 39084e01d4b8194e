package org.bangfu.audit.internal;

import java.time.OffsetDateTime;

/**
 * For bulk loaders in tests and benchmarks (the province generator): the chain's own row hash and stored time, so
 * that rows written by SQL continue the chain exactly as {@link AuditChainAppender} would.
 */
public final class AuditChainRows {

    public static final String GENESIS = AuditChainFormat.GENESIS;

    private AuditChainRows() {
    }

    public static OffsetDateTime stored(OffsetDateTime time) {
        return AuditChainFormat.stored(time);
    }

    /** A hash as the rows store it (32 bytes, V26); the chain head keeps the hex text. */
    public static byte[] bytes(String hexHash) {
        return AuditChainFormat.bytes(hexHash);
    }

    public static String rowHash(String prevHash, long position, OffsetDateTime occurredAt, String actor,
            String action, Long caseId, Long unitId, String detail) {
        return AuditChainFormat.rowHash(prevHash, position, occurredAt, actor, action, caseId, unitId, detail);
    }
}

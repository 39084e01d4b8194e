package org.bangfu.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of one audit row, in the one format documented in {@code docs/security/audit-chain.md}:
 * <pre>
 * row_hash = lowercase hex of SHA-256 over the UTF-8 bytes of
 *     prev_hash "|v1" field(position) field(occurred_at) field(actor) field(action) field(case_id) field(unit_id)
 *     field(detail)
 * field(null)  = "|-"
 * field(value) = "|" + (length of the value in UTF-8 bytes, decimal) + ":" + value
 * </pre>
 * {@code occurred_at} is the UTC instant as {@code uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'} (always six fraction digits,
 * the precision both databases store); numbers are plain decimals. The first row's {@code prev_hash} is
 * {@link #GENESIS}. The length prefix makes the text unambiguous whatever characters a field holds.
 */
final class AuditChainFormat {

    /** The {@code prev_hash} of chain position 1. */
    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter INSTANT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditChainFormat() {
    }

    /** The time as stored and hashed: microseconds, whatever finer precision the clock gave. */
    static OffsetDateTime stored(OffsetDateTime time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    /** The text that is hashed after {@code prev_hash}. */
    static String canonical(long position, OffsetDateTime occurredAt, String actor, String action,
            Long caseId, Long unitId, String detail) {
        StringBuilder text = new StringBuilder(128).append("|v1");
        field(text, Long.toString(position));
        field(text, instant(occurredAt.toInstant()));
        field(text, actor);
        field(text, action);
        field(text, caseId == null ? null : caseId.toString());
        field(text, unitId == null ? null : unitId.toString());
        field(text, detail);
        return text.toString();
    }

    static String rowHash(String prevHash, long position, OffsetDateTime occurredAt, String actor,
            String action, Long caseId, Long unitId, String detail) {
        return sha256(prevHash + canonical(position, occurredAt, actor, action, caseId, unitId, detail));
    }

    static String instant(Instant instant) {
        return INSTANT.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("|-");
        } else {
            text.append('|').append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
    }

    /** A hash as stored in {@code audit_event} (since V26): its 32 bytes. */
    static byte[] bytes(String hexHash) {
        return HexFormat.of().parseHex(hexHash);
    }

    /** A stored hash as hashed and shown: lowercase hex (null stays null). */
    static String hex(byte[] stored) {
        return stored == null ? null : HexFormat.of().formatHex(stored);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

package org.bangfu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The documented hash format, pinned: a change here breaks every chain already written. */
class AuditChainFormatTest {

    private static final OffsetDateTime SHANGHAI = OffsetDateTime.of(2026, 12, 7, 11, 3, 33, 123_456_789,
            ZoneOffset.ofHours(8));

    @Test
    void theCanonicalTextIsLengthPrefixedUtf8WithTheUtcInstantToTheMicrosecond() {
        assertThat(AuditChainFormat.canonical(1, SHANGHAI, "admin", "CASE_FILED", 42L, null, "改动说明"))
                .isEqualTo("|v1|1:1|27:2026-12-07T03:03:33.123456Z|5:admin|10:CASE_FILED|2:42|-|12:改动说明");
    }

    @Test
    void theRowHashIsSha256OfThePreviousHashAndTheCanonicalText() {
        // printf '%s' "$(printf '0%.0s' $(seq 64))|v1|1:1|27:2026-12-07T03:03:33.123456Z|5:admin|10:CASE_FILED|2:42|-|12:改动说明" | sha256sum
        assertThat(AuditChainFormat.rowHash(AuditChainFormat.GENESIS, 1, SHANGHAI, "admin", "CASE_FILED", 42L, null,
                "改动说明")).isEqualTo("170216e547053907800e8d36cee96a721e70ea273ed59700fcef87a47b8d59a9");
    }

    @Test
    void fieldsThatWouldReadAlikeWhenJoinedHashDifferently() {
        String a = AuditChainFormat.rowHash(AuditChainFormat.GENESIS, 1, SHANGHAI, "ab", "c", null, null, null);
        String b = AuditChainFormat.rowHash(AuditChainFormat.GENESIS, 1, SHANGHAI, "a", "bc", null, null, null);
        String nullDetail = AuditChainFormat.rowHash(AuditChainFormat.GENESIS, 1, SHANGHAI, "a", "b", null, null, null);
        String dashDetail = AuditChainFormat.rowHash(AuditChainFormat.GENESIS, 1, SHANGHAI, "a", "b", null, null, "-");
        assertThat(a).isNotEqualTo(b);
        assertThat(nullDetail).isNotEqualTo(dashDetail);
    }
}

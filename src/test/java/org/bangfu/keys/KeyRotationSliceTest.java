package org.bangfu.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.bangfu.Fixtures;
import org.bangfu.ModuleSliceTest;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrganizationService;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldCipher;
import org.bangfu.shared.ForbiddenException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The rotation walk on rows an older release left under key 1 (key 2 is current, see ModuleSliceTest), written
 * straight into the table, so no process or other module is needed; {@code KeyRotationTest} covers whole files.
 */
@ModuleSliceTest(extraIncludes = {"organization", "shared"})
class KeyRotationSliceTest {

    private static final String KEY_1 = "YmFuZ2Z1LWRldmVsb3BtZW50LWtleS1vbmx5LTAwMDE=";
    private static final String UNREADABLE = "no key reads this";

    @Autowired KeyRotation rotation;
    @Autowired FieldCipher cipher;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationService organization;

    private final FieldCipher key1Only = new FieldCipher(KEY_1);

    private CurrentUser user(String username) {
        return organization.user(username).orElseThrow();
    }

    /** What a release before key ids wrote: a key 1 cipher text without the key id. */
    private String legacy(String plain) {
        return key1Only.encrypt(plain).substring("k1:".length());
    }

    private long modelWorker(String residentIdEnc, String residentIdHash, String account, String phone) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO model_worker (unit_id, name, resident_id_enc, resident_id_hash, resident_id_masked,
                            birth_date, honour, honour_year, card_holder_name, bank_account_enc, bank_account_last4,
                            added_by, added_at, phone_enc, phone_masked)
                        VALUES (1, '劳模', ?, ?, '410***********0000', DATE '1970-01-01', 'CITY', 2015, '劳模', ?, '0000',
                            'test', ?, ?, '138****0000')""")
                .params(residentIdEnc, residentIdHash, legacy(account), OffsetDateTime.now(), legacy(phone))
                .update(key, "id");
        return key.getKey().longValue();
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("SELECT resident_id_enc, resident_id_hash, bank_account_enc, phone_enc FROM model_worker "
                + "WHERE id = ?").param(id).query().singleRow();
    }

    @Test
    void aRotationMovesEveryValueToTheCurrentKeyAndLeavesWhatNoKeyReadsCounted() {
        String residentId = Fixtures.residentId();
        long readable = modelWorker(legacy(residentId), key1Only.searchHash(residentId), "6222020200112233",
                "13800138000");
        long damaged = modelWorker(UNREADABLE, key1Only.searchHash(Fixtures.residentId()), "6222020200114455",
                "13900139000");
        long workers = jdbc.sql("SELECT COUNT(*) FROM model_worker").query(Long.class).single();

        KeyRotationStatus started = rotation.start(user("admin"));
        assertThat(started.state()).isEqualTo(KeyRotationStatus.State.RUNNING);
        assertThat(started.targetKeyId()).isEqualTo(2);
        assertThat(started.tables()).filteredOn(t -> t.table().equals("model_worker")).singleElement()
                .satisfies(t -> assertThat(t.totalRows()).isEqualTo(workers));
        assertThatThrownBy(() -> rotation.start(user("admin"))).as("one rotation at a time")
                .isInstanceOf(ConflictException.class);
        assertThat((String) row(readable).get("resident_id_enc")).as("nothing moves before a step")
                .doesNotMatch("k\\d+:.*");

        while (rotation.step()) {
            // the background runner is off in slices: walk it here
        }
        KeyRotationStatus finished = rotation.latest(user("auditor_zhengzhou")).orElseThrow();
        assertThat(finished.state()).isEqualTo(KeyRotationStatus.State.FINISHED);
        assertThat(finished.percent()).isEqualTo(100);
        assertThat(finished.tables()).filteredOn(t -> t.table().equals("model_worker")).singleElement()
                .satisfies(t -> assertThat(t.unreadable()).isEqualTo(1));

        Map<String, Object> moved = row(readable);
        assertThat(moved.values()).allSatisfy(v -> assertThat((String) v).startsWith("k2:"));
        assertThat(cipher.decrypt((String) moved.get("resident_id_enc"))).isEqualTo(residentId);
        assertThat(moved.get("resident_id_hash")).isEqualTo(cipher.searchHash(residentId));
        assertThat(cipher.decrypt((String) moved.get("bank_account_enc"))).isEqualTo("6222020200112233");
        assertThat(cipher.decrypt((String) moved.get("phone_enc"))).isEqualTo("13800138000");

        Map<String, Object> left = row(damaged);
        assertThat(left.get("resident_id_enc")).as("left as it was").isEqualTo(UNREADABLE);
        assertThat((String) left.get("resident_id_hash")).as("no plain ID to hash again").doesNotStartWith("k2:");
        assertThat(cipher.decrypt((String) left.get("bank_account_enc"))).isEqualTo("6222020200114455");
        assertThat(rotation.step()).as("nothing left to walk").isFalse();
    }

    @Test
    void onlyAnAdministratorStartsARotationAndAuditorsMayFollowIt() {
        for (String notAdmin : List.of("cw_zhongyuan", "approver_zhongyuan", "analyst", "auditor_zhengzhou")) {
            assertThatThrownBy(() -> rotation.start(user(notAdmin))).as(notAdmin)
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThatThrownBy(() -> rotation.latest(user("cw_zhongyuan"))).isInstanceOf(ForbiddenException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM key_rotation WHERE status = 'RUNNING'").query(Long.class).single())
                .isZero();
        assertThat(rotation.keys()).isEqualTo(new KeyRotation.KeyInfo(2, List.of(1, 2)));
    }
}

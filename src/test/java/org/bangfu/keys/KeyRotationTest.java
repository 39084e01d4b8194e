package org.bangfu.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.bangfu.Fixtures;
import org.bangfu.Rest;
import org.bangfu.casework.process.ProcessTestSupport;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldCipher;
import org.bangfu.shared.ForbiddenException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tests run with key 2 current and key 1 (the development key) still configured (see IntegrationTest). A file
 * is turned back into what an older release stored under key 1, without key ids; it must keep reading and being
 * found by resident ID before, during and after a rotation, which leaves nothing readable under key 1.
 */
class KeyRotationTest extends ProcessTestSupport {

    private static final String KEY_1 = "YmFuZ2Z1LWRldmVsb3BtZW50LWtleS1vbmx5LTAwMDE=";
    private static final String ADMIN = "admin";

    @Autowired KeyRotation rotation;
    @Autowired IdentificationService files;
    @Autowired FieldCipher cipher;
    @Autowired JdbcClient jdbc;

    private final FieldCipher key1Only = new FieldCipher(KEY_1);

    @BeforeEach
    void noRotationLeftRunning() {
        while (rotation.step()) {
            // finish what an earlier test left
        }
    }

    /** What a release before key ids wrote: cipher texts and hashes under key 1, with no key id. */
    private String legacy(String plain) {
        return key1Only.encrypt(plain).substring("k1:".length());
    }

    private void turnIntoLegacyData(HardshipCase c) {
        Map<String, Object> row = jdbc.sql("SELECT resident_id_enc, resident_id_hash, bank_card_enc, phone_enc "
                + "FROM hardship_case WHERE id = ?").param(c.id()).query().singleRow();
        String id = cipher.decrypt((String) row.get("resident_id_enc"));
        jdbc.sql("UPDATE hardship_case SET resident_id_enc = ?, resident_id_hash = ?, bank_card_enc = ?, phone_enc = ? "
                        + "WHERE id = ?")
                .params(legacy(id), key1Only.searchHash(id), legacy(cipher.decrypt((String) row.get("bank_card_enc"))),
                        legacy(cipher.decrypt((String) row.get("phone_enc"))), c.id()).update();
        jdbc.sql("UPDATE active_resident SET resident_id_hash = ? WHERE resident_id_hash = ?")
                .params(key1Only.searchHash(id), row.get("resident_id_hash")).update();
        for (Map<String, Object> member : jdbc.sql("SELECT id, resident_id_enc, resident_id_hash FROM household_member "
                + "WHERE case_id = ?").param(c.id()).query().listOfRows()) {
            String memberId = cipher.decrypt((String) member.get("resident_id_enc"));
            jdbc.sql("UPDATE household_member SET resident_id_enc = ?, resident_id_hash = ? WHERE id = ?")
                    .params(legacy(memberId), key1Only.searchHash(memberId), member.get("id")).update();
            jdbc.sql("UPDATE active_resident SET resident_id_hash = ? WHERE resident_id_hash = ?")
                    .params(key1Only.searchHash(memberId), member.get("resident_id_hash")).update();
        }
    }

    private String residentIdOf(HardshipCase c) {
        return cipher.decrypt(jdbc.sql("SELECT resident_id_enc FROM hardship_case WHERE id = ?").param(c.id())
                .query(String.class).single());
    }

    private void assertFoundByResidentId(String residentId) {
        assertThatThrownBy(() -> fileAt(Fixtures.intake(residentId, new java.math.BigDecimal("24000.00"),
                org.bangfu.identification.HardshipCause.ILLNESS), CW))
                .isInstanceOf(ConflictException.class).hasMessage("error.duplicateActiveCase");
    }

    @Test
    void aFileWrittenUnderKey1BeforeKeysHadIdsStillReadsAndIsFoundByResidentIdWhileKey2IsCurrent() {
        HardshipCase c = fileDeep();
        String residentId = residentIdOf(c);
        String account = files.revealBankAccount(c.id(), "核对", user("finance_zhongyuan"));
        turnIntoLegacyData(c);
        assertThat(cipher.currentKeyId()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT resident_id_enc FROM hardship_case WHERE id = ?").param(c.id())
                .query(String.class).single()).doesNotMatch("k\\d+:.*");
        assertThat(residentIdOf(c)).isEqualTo(residentId);
        assertThat(files.revealBankAccount(c.id(), "核对", user("finance_zhongyuan"))).isEqualTo(account);
        assertThat(files.revealPhone(c.id(), "回访", user(CW))).isEqualTo("13800138000");
        assertFoundByResidentId(residentId);
    }

    @Test
    void aRotationReEncryptsEveryRowToTheCurrentKeyPageByPageAndTheResidentIsFoundThroughout() {
        HardshipCase c = fileDeep();
        String residentId = residentIdOf(c);
        turnIntoLegacyData(c);
        String memberId = cipher.decrypt(jdbc.sql("SELECT resident_id_enc FROM household_member WHERE case_id = ? "
                + "ORDER BY id FETCH FIRST 1 ROWS ONLY").param(c.id()).query(String.class).single());

        KeyRotationStatus started = rotation.start(user(ADMIN));
        assertThat(started.state()).isEqualTo(KeyRotationStatus.State.RUNNING);
        assertThat(started.targetKeyId()).isEqualTo(2);
        assertThat(started.doneRows()).isZero();
        assertThat(started.tables()).extracting(KeyRotationStatus.TableProgress::table)
                .contains("hardship_case", "household_member", "active_resident", "payment_record", "sms_notice");
        assertThat(started.tables()).filteredOn(t -> t.table().equals("hardship_case")).singleElement()
                .satisfies(t -> assertThat(t.totalRows()).isPositive());
        assertFoundByResidentId(residentId);

        assertThat(rotation.step()).isTrue();
        KeyRotationStatus during = rotation.latest(user(ADMIN)).orElseThrow();
        assertThat(during.state()).isEqualTo(KeyRotationStatus.State.RUNNING);
        assertThat(during.doneRows()).isPositive();
        assertFoundByResidentId(residentId);
        assertFoundByResidentId(memberId);
        assertThatThrownBy(() -> rotation.start(user(ADMIN))).isInstanceOf(ConflictException.class);

        int steps = 1;
        while (rotation.step()) {
            steps++;
            assertFoundByResidentId(residentId);
        }
        assertThat(steps).isGreaterThanOrEqualTo(started.tables().size());
        KeyRotationStatus finished = rotation.latest(user(ADMIN)).orElseThrow();
        assertThat(finished.state()).isEqualTo(KeyRotationStatus.State.FINISHED);
        assertThat(finished.finishedAt()).isNotNull();
        assertThat(finished.percent()).isEqualTo(100);
        assertThat(finished.tables()).allSatisfy(t -> {
            assertThat(t.finished()).isTrue();
            assertThat(t.doneRows()).isGreaterThanOrEqualTo(t.totalRows());
        });

        // this file: everything under key 2, and still readable and found
        Map<String, Object> row = jdbc.sql("SELECT resident_id_enc, resident_id_hash, bank_card_enc, phone_enc "
                + "FROM hardship_case WHERE id = ?").param(c.id()).query().singleRow();
        assertThat(row.values()).allSatisfy(v -> assertThat((String) v).startsWith("k2:"));
        assertThat(jdbc.sql("SELECT resident_id_hash FROM active_resident WHERE case_id = ?").param(c.id())
                .query(String.class).list()).hasSize(3).allSatisfy(h -> assertThat(h).startsWith("k2:"));
        assertThat(residentIdOf(c)).isEqualTo(residentId);
        assertFoundByResidentId(residentId);
        assertFoundByResidentId(memberId);

        // every table: no value that key 1 can read is left (other tests' fixtures may hold junk no key reads)
        for (String[] column : List.of(new String[] {"hardship_case", "resident_id_enc"},
                new String[] {"hardship_case", "bank_card_enc"}, new String[] {"hardship_case", "phone_enc"},
                new String[] {"household_member", "resident_id_enc"}, new String[] {"model_worker", "resident_id_enc"},
                new String[] {"model_worker", "bank_account_enc"}, new String[] {"model_worker", "phone_enc"},
                new String[] {"campaign_recipient", "resident_id_enc"}, new String[] {"campaign_recipient", "account_enc"},
                new String[] {"campaign_recipient", "phone_enc"}, new String[] {"payment_record", "payee_account_enc"},
                new String[] {"payment_record", "payee_phone_enc"}, new String[] {"payment_batch_line", "account_enc"},
                new String[] {"sms_notice", "phone_enc"})) {
            List<String> notUnderKey2 = jdbc.sql("SELECT " + column[1] + " FROM " + column[0] + " WHERE " + column[1]
                    + " IS NOT NULL AND " + column[1] + " NOT LIKE 'k2:%'").query(String.class).list();
            assertThat(notUnderKey2).as(column[0] + "." + column[1]).allSatisfy(v ->
                    assertThatThrownBy(() -> key1Only.decrypt(v)).isInstanceOf(RuntimeException.class));
        }
        for (String table : List.of("hardship_case", "household_member", "model_worker")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE resident_id_hash NOT LIKE 'k2:%' "
                    + "AND resident_id_enc LIKE 'k2:%'").query(Long.class).single()).as(table).isZero();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM active_resident a JOIN hardship_case c ON c.id = a.case_id "
                + "WHERE a.resident_id_hash NOT LIKE 'k2:%' AND c.resident_id_enc LIKE 'k2:%'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign_recipient WHERE payee_key LIKE 'P:%' "
                + "AND payee_key NOT LIKE 'P:k2:%'").query(Long.class).single()).isZero();

        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE actor = ? AND detail LIKE ? ORDER BY id")
                .params(ADMIN, "%(rotation " + started.id() + ")").query(String.class).list())
                .containsExactly("KEY_ROTATION_STARTED", "KEY_ROTATION_FINISHED");
    }

    @Test
    void onlyAnAdministratorStartsARotationAndAuditorsMayFollowIt() {
        for (String notAdmin : List.of(CW, APPROVER, "finance_zhongyuan", "analyst", "auditor_zhengzhou")) {
            assertThatThrownBy(() -> rotation.start(user(notAdmin))).as(notAdmin)
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThatThrownBy(() -> rotation.latest(user(CW))).isInstanceOf(ForbiddenException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM key_rotation WHERE status = 'RUNNING'").query(Long.class).single())
                .isZero();

        Rest rest = new Rest(baseUrl());
        Rest.Reply refused = rest.post("analyst", "/api/admin/keys/rotation", "");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).contains("problem+json");
        assertThat(rest.get(CW, "/api/admin/keys").status()).isEqualTo(403);

        Rest.Reply accepted = rest.post(ADMIN, "/api/admin/keys/rotation", "");
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().get("state").asText()).isEqualTo("RUNNING");
        assertThat(rest.post(ADMIN, "/api/admin/keys/rotation", "").status()).isEqualTo(409);
        while (rotation.step()) {
            // walk it to the end
        }
        Rest.Reply status = rest.get("auditor_zhengzhou", "/api/admin/keys");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("currentKeyId").asInt()).isEqualTo(2);
        assertThat(status.json().get("configuredKeyIds").toString()).isEqualTo("[1,2]");
        assertThat(status.json().at("/rotation/state").asText()).isEqualTo("FINISHED");
        assertThat(status.json().at("/rotation/tables/0/table").asText()).isEqualTo("hardship_case");
    }
}

package org.bangfu.keys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.bangfu.Rest;
import org.bangfu.campaign.ModelWorker;
import org.bangfu.campaign.ModelWorkerCommand;
import org.bangfu.campaign.ModelWorkerHonour;
import org.bangfu.campaign.ModelWorkerService;
import org.bangfu.casework.process.ProcessTestSupport;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.shared.FieldCipher;
import org.bangfu.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PhoneProtectionTest extends ProcessTestSupport {

    private static final String PHONE = "13800138000";

    @Autowired IdentificationService files;
    @Autowired ModelWorkerService modelWorkers;
    @Autowired FieldCipher cipher;
    @Autowired JdbcClient jdbc;
    @Autowired PhoneBackfill backfill;

    @Test
    void aPhoneIsStoredEncryptedWithItsMaskedFormAndNeverInPlainText() {
        HardshipCase c = fileDeep();
        Map<String, Object> row = jdbc.sql("SELECT phone, phone_enc, phone_masked FROM hardship_case WHERE id = ?")
                .param(c.id()).query().singleRow();
        assertThat(row.get("phone")).isNull();
        assertThat((String) row.get("phone_enc")).startsWith("k2:").doesNotContain(PHONE);
        assertThat(row.get("phone_masked")).isEqualTo("138****8000");
        assertThat(cipher.decrypt((String) row.get("phone_enc"))).isEqualTo(PHONE);
        assertThat(c.phone()).isEqualTo("138****8000");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hardship_case WHERE phone_enc LIKE ?").param("%" + PHONE + "%")
                .query(Long.class).single()).isZero();

        ModelWorker worker = modelWorkers.add(new ModelWorkerCommand(c.unitId(), "劳模甲", org.bangfu.Fixtures.residentId(),
                ModelWorkerHonour.CITY, 2015, "13912345678", "劳模甲", org.bangfu.Fixtures.bankCard("622202020011224"),
                false), user(CW));
        assertThat(worker.phone()).isEqualTo("139****5678");
        Map<String, Object> listed = jdbc.sql("SELECT phone, phone_enc FROM model_worker WHERE id = ?")
                .param(worker.id()).query().singleRow();
        assertThat(listed.get("phone")).isNull();
        assertThat(cipher.decrypt((String) listed.get("phone_enc"))).isEqualTo("13912345678");
        assertThat(modelWorkers.payee(worker.id()).phone()).isEqualTo("13912345678");

        Rest rest = new Rest(baseUrl());
        assertThat(rest.get(CW, "/api/model-workers?size=200").body()).contains("139****5678").doesNotContain("13912345678");
        assertThat(rest.post(CW, "/api/model-workers/" + worker.id() + "/phone/reveal", Map.of("reason", ""))
                .status()).isEqualTo(400);
        assertThat(rest.post("cw_huiji", "/api/model-workers/" + worker.id() + "/phone/reveal",
                Map.of("reason", "慰问")).status()).isEqualTo(403);
        Rest.Reply revealed = rest.post(CW, "/api/model-workers/" + worker.id() + "/phone/reveal",
                Map.of("reason", "慰问联系"));
        assertThat(revealed.json().get("phone").asText()).isEqualTo("13912345678");
        assertThat(jdbc.sql("SELECT reason FROM phone_reveal WHERE subject = 'MODEL_WORKER' AND subject_id = ?")
                .param(worker.id()).query(String.class).list()).containsExactly("慰问联系");
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'PHONE_REVEALED' AND detail LIKE ?")
                .param("model worker " + worker.id() + ":%").query(String.class).list()).hasSize(1);
    }

    @Test
    void aPhoneLeftInPlainTextByAnOlderReleaseIsEncryptedAndClearedAtStartUp() {
        HardshipCase c = fileDeep();
        jdbc.sql("UPDATE hardship_case SET phone = ?, phone_enc = NULL, phone_masked = NULL WHERE id = ?")
                .params("13712345678", c.id()).update();
        assertThat(backfill.run()).isGreaterThanOrEqualTo(1);
        Map<String, Object> row = jdbc.sql("SELECT phone, phone_enc, phone_masked FROM hardship_case WHERE id = ?")
                .param(c.id()).query().singleRow();
        assertThat(row.get("phone")).isNull();
        assertThat(cipher.decrypt((String) row.get("phone_enc"))).isEqualTo("13712345678");
        assertThat(row.get("phone_masked")).isEqualTo("137****5678");
        assertThat(backfill.run()).isZero();
        for (String[] plain : List.of(new String[] {"hardship_case", "phone"}, new String[] {"model_worker", "phone"},
                new String[] {"campaign_recipient", "phone"}, new String[] {"payment_record", "payee_phone"},
                new String[] {"sms_notice", "phone"})) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + plain[0] + " WHERE " + plain[1] + " IS NOT NULL")
                    .query(Long.class).single()).as(plain[0] + "." + plain[1]).isZero();
        }
    }

    @Test
    void theRestApiShowsThePhoneMaskedAndRevealsItOnlyWithAReasonThatIsRecordedAndAudited() {
        HardshipCase c = fileDeep();
        Rest rest = new Rest(baseUrl());
        Rest.Reply detail = rest.get(CW, "/api/cases/" + c.caseNo());
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("138****8000").doesNotContain(PHONE);

        assertThat(rest.post(CW, "/api/cases/" + c.caseNo() + "/phone/reveal", Map.of("reason", " ")).status())
                .isEqualTo(400);
        assertThat(rest.post("cw_huiji", "/api/cases/" + c.caseNo() + "/phone/reveal", Map.of("reason", "回访"))
                .status()).isIn(403, 404);
        assertThatThrownBy(() -> files.revealPhone(c.id(), null, user(CW))).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM phone_reveal WHERE subject_id = ?").param(c.id())
                .query(Long.class).single()).isZero();

        Rest.Reply revealed = rest.post(CW, "/api/cases/" + c.caseNo() + "/phone/reveal", Map.of("reason", "电话回访"));
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.json().get("phone").asText()).isEqualTo(PHONE);
        assertThat(jdbc.sql("SELECT revealed_by, reason FROM phone_reveal WHERE subject = 'CASE' AND subject_id = ?")
                .param(c.id()).query().singleRow()).containsEntry("revealed_by", CW).containsEntry("reason", "电话回访");
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'PHONE_REVEALED' AND case_id = ?")
                .param(c.id()).query(String.class).list()).containsExactly("电话回访");
    }
}

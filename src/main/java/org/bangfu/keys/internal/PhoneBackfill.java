package org.bangfu.keys.internal;

import java.util.List;
import java.util.Map;

import org.bangfu.shared.FieldCipher;
import org.bangfu.shared.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Releases before V15 kept phone numbers in plain text. At start-up this encrypts whatever plain number is left
 * (with its masked form where the table has one) and clears the plain column, page by page, each row conditional on
 * its old value; it is idempotent and does nothing once the plain columns are empty. The key is an application
 * setting, so this cannot be a SQL migration.
 */
@Component
class PhoneBackfill {

    private static final Logger log = LoggerFactory.getLogger(PhoneBackfill.class);
    private static final int PAGE = 200;

    /** table, plain column, encrypted column, masked column (or null). */
    private record PlainPhones(String table, String plain, String encrypted, String masked) {
    }

    private static final List<PlainPhones> COLUMNS = List.of(
            new PlainPhones("hardship_case", "phone", "phone_enc", "phone_masked"),
            new PlainPhones("model_worker", "phone", "phone_enc", "phone_masked"),
            new PlainPhones("campaign_recipient", "phone", "phone_enc", "phone_masked"),
            new PlainPhones("payment_record", "payee_phone", "payee_phone_enc", null),
            new PlainPhones("sms_notice", "phone", "phone_enc", null));

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    PhoneBackfill(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void atStartUp() {
        int done = run();
        if (done > 0) {
            log.info("Encrypted {} phone numbers left in plain text by an older release", done);
        }
    }

    /** Encrypts every plain phone number left; returns how many. */
    int run() {
        int done = 0;
        for (PlainPhones c : COLUMNS) {
            long last = 0;
            while (true) {
                List<Map<String, Object>> rows = jdbc.sql("SELECT id, " + c.plain() + " FROM " + c.table() + " WHERE "
                                + c.plain() + " IS NOT NULL AND id > ? ORDER BY id FETCH FIRST " + PAGE + " ROWS ONLY")
                        .param(last).query().listOfRows();
                for (Map<String, Object> row : rows) {
                    long id = ((Number) row.get("id")).longValue();
                    String phone = (String) row.get(c.plain());
                    last = id;
                    String set = c.encrypted() + " = ?, " + c.plain() + " = NULL"
                            + (c.masked() == null ? "" : ", " + c.masked() + " = ?");
                    Object[] params = c.masked() == null
                            ? new Object[] {cipher.encrypt(phone.trim()), id, phone}
                            : new Object[] {cipher.encrypt(phone.trim()), PhoneNumbers.masked(phone), id, phone};
                    done += jdbc.sql("UPDATE " + c.table() + " SET " + set + " WHERE id = ? AND " + c.plain() + " = ?")
                            .params(params).update();
                }
                if (rows.size() < PAGE) {
                    break;
                }
            }
        }
        return done;
    }
}

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

    /**
     * table, plain column, encrypted column, masked column (or null), and the two statements on them. The names are
     * the fixed constants of {@link #COLUMNS} below (an allow-list), never input; the values are named parameters.
     */
    private record PlainPhones(String table, String plain, String encrypted, String masked, String page,
                               String encrypt) {

        PlainPhones(String table, String plain, String encrypted, String masked) {
            this(table, plain, encrypted, masked,
                    "SELECT id, " + plain + " FROM " + table + " WHERE " + plain
                            + " IS NOT NULL AND id > :lastId ORDER BY id FETCH FIRST " + PAGE + " ROWS ONLY",
                    "UPDATE " + table + " SET " + encrypted + " = :encrypted, " + plain + " = NULL"
                            + (masked == null ? "" : ", " + masked + " = :masked")
                            + " WHERE id = :id AND " + plain + " = :phone");
        }
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
                List<Map<String, Object>> rows = jdbc.sql(c.page())
                        .param("lastId", last).query().listOfRows();
                for (Map<String, Object> row : rows) {
                    long id = ((Number) row.get("id")).longValue();
                    String phone = (String) row.get(c.plain());
                    last = id;
                    JdbcClient.StatementSpec update = jdbc.sql(c.encrypt())
                            .param("encrypted", cipher.encrypt(phone.trim())).param("id", id).param("phone", phone);
                    if (c.masked() != null) {
                        update = update.param("masked", PhoneNumbers.masked(phone));
                    }
                    done += update.update();
                }
                if (rows.size() < PAGE) {
                    break;
                }
            }
        }
        return done;
    }
}

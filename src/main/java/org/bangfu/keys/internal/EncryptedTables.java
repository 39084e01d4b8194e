package org.bangfu.keys.internal;

import java.util.List;

/**
 * Every table that holds cipher texts or search hashes, in the order a rotation walks them. A new encrypted column
 * anywhere in Bangfu must be added here, or a rotation leaves it under the old key (KeyRotationTest checks the
 * known ones by SQL afterwards).
 */
final class EncryptedTables {

    /**
     * One table: its id column (the keyset), its cipher-text columns, and optionally a search-hash column with the
     * cipher-text column holding the same value in plain form; {@code placesCaseColumn} names the case id when the
     * hash also holds a place in {@code active_resident}, which then moves with it.
     */
    record Table(String name, List<String> cipherColumns, String hashColumn, String hashSource,
                 String placesCaseColumn) {

        List<String> selectedColumns() {
            List<String> columns = new java.util.ArrayList<>(cipherColumns);
            if (hashColumn != null) {
                columns.add(hashColumn);
            }
            if (placesCaseColumn != null && !placesCaseColumn.equals("id")) {
                columns.add(placesCaseColumn);
            }
            return columns;
        }
    }

    static final String ACTIVE_RESIDENT = "active_resident";
    static final String CAMPAIGN_RECIPIENT = "campaign_recipient";

    static final List<Table> TABLES = List.of(
            new Table("hardship_case", List.of("resident_id_enc", "bank_card_enc", "phone_enc"),
                    "resident_id_hash", "resident_id_enc", "id"),
            new Table("household_member", List.of("resident_id_enc"), "resident_id_hash", "resident_id_enc",
                    "case_id"),
            new Table("model_worker", List.of("resident_id_enc", "bank_account_enc", "phone_enc"),
                    "resident_id_hash", "resident_id_enc", null),
            // the payee key "P:<hash>" is handled by the walker itself (its plain ID may live on the file)
            new Table(CAMPAIGN_RECIPIENT, List.of("resident_id_enc", "account_enc", "phone_enc"), null, null, null),
            new Table("payment_record", List.of("payee_account_enc", "payee_phone_enc"), null, null, null),
            new Table("payment_batch_line", List.of("account_enc"), null, null, null),
            new Table("sms_notice", List.of("phone_enc"), null, null, null),
            // places of the duplicate check left over (normally moved with their case's or member's hash)
            new Table(ACTIVE_RESIDENT, List.of(), "resident_id_hash", null, "case_id"));

    private EncryptedTables() {
    }
}

package org.bangfu.keys.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bangfu.keys.KeyRotation;
import org.bangfu.keys.KeyRotationFinished;
import org.bangfu.keys.KeyRotationStatus.TableProgress;
import org.bangfu.keys.KeyRotationStatus;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.Role;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldCipher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rotation walk: each step locks the running rotation row (so two walkers never overlap), takes the next page
 * of the first unfinished table by its id (keyset), rewrites every value not under the current key, and moves the
 * table's progress, all in one small transaction. Each rewrite is conditional on the old value, so a value the
 * application changed meanwhile (written under the current key anyway) is never overwritten.
 */
@Service
class JdbcKeyRotation implements KeyRotation {

    static final int PAGE = 200;

    static final String INSERT_ROTATION = """
            INSERT INTO key_rotation (target_key_id, status, started_by, started_at)
            VALUES (:targetKeyId, 'RUNNING', :startedBy, :startedAt)""";
    static final String INSERT_PROGRESS = """
            INSERT INTO key_rotation_progress (rotation_id, table_name, position, total_rows)
            VALUES (:rotationId, :tableName, :position, :totalRows)""";
    static final String LATEST_ROTATION = """
            SELECT MAX(id) FROM key_rotation""";
    static final String RUNNING_ROTATION = """
            SELECT id FROM key_rotation WHERE status = 'RUNNING'""";
    static final String LOCK_RUNNING_ROTATION = """
            SELECT id, target_key_id FROM key_rotation WHERE status = 'RUNNING' FOR UPDATE""";
    static final String NEXT_UNFINISHED_TABLE = """
            SELECT table_name, last_id FROM key_rotation_progress
            WHERE rotation_id = :rotationId AND finished = FALSE ORDER BY position FETCH FIRST 1 ROWS ONLY""";
    static final String FINISH_ROTATION = """
            UPDATE key_rotation SET status = 'FINISHED', finished_at = :finishedAt WHERE id = :rotationId""";
    static final String STARTED_BY = """
            SELECT started_by FROM key_rotation WHERE id = :rotationId""";
    static final String MOVE_PROGRESS = """
            UPDATE key_rotation_progress SET done_rows = done_rows + :rows, unreadable = unreadable + :unreadable,
            last_id = :lastId, finished = :finished WHERE rotation_id = :rotationId AND table_name = :tableName""";
    static final String FAIL_RUNNING = """
            UPDATE key_rotation SET status = 'FAILED', finished_at = :finishedAt,
            failure = :failure WHERE status = 'RUNNING'""";
    static final String COUNT_PLACES_OF_HASH = """
            SELECT COUNT(*) FROM active_resident WHERE resident_id_hash = :hash""";
    static final String DELETE_PLACE = """
            DELETE FROM active_resident WHERE resident_id_hash = :oldHash AND case_id = :caseId""";
    static final String MOVE_PLACE = """
            UPDATE active_resident SET resident_id_hash = :newHash WHERE resident_id_hash = :oldHash
            AND case_id = :caseId""";
    static final String RESIDENT_ID_OF_CASE = """
            SELECT resident_id_enc FROM hardship_case WHERE id = :caseId""";
    static final String RESIDENT_ID_OF_MODEL_WORKER = """
            SELECT resident_id_enc FROM model_worker WHERE id = :modelWorkerId""";
    static final String REHASH_PAYEE_KEY = """
            UPDATE campaign_recipient SET payee_key = :newKey WHERE id = :recipientId AND payee_key = :oldKey""";
    static final String PLACES_PAGE = """
            SELECT DISTINCT case_id FROM active_resident WHERE case_id > :lastCaseId ORDER BY case_id
            FETCH FIRST\s""" + PAGE + " ROWS ONLY";
    static final String HASHES_OF_CASE = """
            SELECT resident_id_hash FROM active_resident WHERE case_id = :caseId""";
    static final String RESIDENT_IDS_OF_MEMBERS = """
            SELECT resident_id_enc FROM household_member WHERE case_id = :caseId""";
    static final String LIST_PROGRESS = """
            SELECT table_name, done_rows, total_rows, unreadable, finished
            FROM key_rotation_progress WHERE rotation_id = :rotationId ORDER BY position""";
    static final String FIND_ROTATION = """
            SELECT * FROM key_rotation WHERE id = :rotationId""";

    /**
     * The statements that name a table or column: built once, here, from the fixed names of
     * {@link EncryptedTables#TABLES} (an allow-list of constants), never from input. A table name read back from
     * {@code key_rotation_progress} only selects one of these entries; an unknown name finds none.
     */
    record TableStatements(String count, String page, Map<String, String> rewriteCipher, String rewriteHash) {

        static TableStatements of(EncryptedTables.Table table) {
            List<String> columns = new ArrayList<>(table.selectedColumns());
            if (table.name().equals(EncryptedTables.CAMPAIGN_RECIPIENT)) {
                columns.addAll(List.of("payee_key", "case_id", "model_worker_id"));
            }
            Map<String, String> rewrite = new java.util.LinkedHashMap<>();
            for (String column : table.cipherColumns()) {
                rewrite.put(column, "UPDATE " + table.name() + " SET " + column + " = :fresh WHERE id = :id AND "
                        + column + " = :stored");
            }
            return new TableStatements("SELECT COUNT(*) FROM " + table.name(),
                    "SELECT id, " + String.join(", ", columns) + " FROM " + table.name()
                            + " WHERE id > :lastId ORDER BY id FETCH FIRST " + PAGE + " ROWS ONLY",
                    Map.copyOf(rewrite),
                    table.hashColumn() == null ? null : "UPDATE " + table.name() + " SET " + table.hashColumn()
                            + " = :fresh WHERE id = :id AND " + table.hashColumn() + " = :stored");
        }
    }

    static final Map<String, TableStatements> TABLE_STATEMENTS = EncryptedTables.TABLES.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(EncryptedTables.Table::name, TableStatements::of));

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    JdbcKeyRotation(JdbcClient jdbc, FieldCipher cipher, Jurisdiction jurisdiction, ApplicationEventPublisher events,
                    PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public KeyRotationStatus start(CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.ADMIN);
        Long id = transactions.execute(s -> {
            if (runningId().isPresent()) {
                throw new ConflictException("error.keys.rotationRunning");
            }
            org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql(INSERT_ROTATION).param("targetKeyId", cipher.currentKeyId()).param("startedBy", user.username())
                    .param("startedAt", OffsetDateTime.now(clock)).update(key, "id");
            long rotation = key.getKey().longValue();
            int position = 0;
            for (EncryptedTables.Table table : EncryptedTables.TABLES) {
                long total = jdbc.sql(TABLE_STATEMENTS.get(table.name()).count()).query(Long.class).single();
                jdbc.sql(INSERT_PROGRESS).param("rotationId", rotation).param("tableName", table.name())
                        .param("position", position++).param("totalRows", total).update();
            }
            events.publishEvent(new org.bangfu.keys.KeyRotationStarted(user.username(), cipher.currentKeyId(),
                    rotation));
            return rotation;
        });
        // after the commit: the runner's own transaction must see the rotation
        events.publishEvent(new KeyRotationRunner.KeyRotationStarted(id));
        return status(id);
    }

    @Override
    public Optional<KeyRotationStatus> latest(CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.ADMIN, Role.AUDITOR);
        return jdbc.sql(LATEST_ROTATION).query(Long.class).optional().map(this::status);
    }

    @Override
    public KeyInfo keys() {
        return new KeyInfo(cipher.currentKeyId(), cipher.keyIds());
    }

    private Optional<Long> runningId() {
        return jdbc.sql(RUNNING_ROTATION).query(Long.class).optional();
    }

    /** The running rotation, if any; the background runner resumes it after a restart. */
    Optional<Long> running() {
        return runningId();
    }

    @Override
    public boolean step() {
        return Boolean.TRUE.equals(transactions.execute(s -> {
            Optional<Map<String, Object>> rotation = jdbc.sql(LOCK_RUNNING_ROTATION)
                    .query().listOfRows().stream().findFirst();
            if (rotation.isEmpty()) {
                return false;
            }
            long id = ((Number) rotation.get().get("id")).longValue();
            int target = ((Number) rotation.get().get("target_key_id")).intValue();
            if (target != cipher.currentKeyId()) {
                throw new IllegalStateException("the current key is now " + cipher.currentKeyId() + ", not " + target
                        + ": start a new rotation");
            }
            Optional<Map<String, Object>> next = jdbc.sql(NEXT_UNFINISHED_TABLE)
                    .param("rotationId", id).query().listOfRows().stream().findFirst();
            if (next.isEmpty()) {
                jdbc.sql(FINISH_ROTATION).param("finishedAt", OffsetDateTime.now(clock)).param("rotationId", id).update();
                String started = jdbc.sql(STARTED_BY).param("rotationId", id)
                        .query(String.class).single();
                events.publishEvent(new KeyRotationFinished(started, target, id));
                return false;
            }
            String tableName = (String) next.get().get("table_name");
            long lastId = ((Number) next.get().get("last_id")).longValue();
            EncryptedTables.Table table = EncryptedTables.TABLES.stream().filter(t -> t.name().equals(tableName))
                    .findFirst().orElseThrow();
            Page page = table.name().equals(EncryptedTables.ACTIVE_RESIDENT) ? places(lastId) : rows(table, lastId);
            jdbc.sql(MOVE_PROGRESS).param("rows", page.rows()).param("unreadable", page.unreadable())
                    .param("lastId", page.lastId()).param("finished", page.last()).param("rotationId", id)
                    .param("tableName", tableName).update();
            return true;
        }));
    }

    /** Marks the running rotation failed (a missing key, a broken value): the admin sees why and may start again. */
    void fail(RuntimeException cause) {
        transactions.executeWithoutResult(s -> jdbc.sql(FAIL_RUNNING).param("finishedAt", OffsetDateTime.now(clock))
                .param("failure", abbreviate(String.valueOf(cause.getMessage()))).update());
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    private record Page(int rows, int unreadable, long lastId, boolean last) {
    }

    /**
     * The plain value, or empty when the stored text cannot be decrypted (damaged, or never a cipher text): such a
     * value is counted and left as it is, since no key reads it. A value under a key that is not configured stops
     * the rotation instead: that is a configuration mistake the administrator must fix.
     */
    private Optional<String> plain(String stored) {
        int keyId = FieldCipher.keyIdOf(stored);
        if (!cipher.keyIds().contains(keyId)) {
            throw new IllegalStateException("values under key " + keyId + " remain, but key " + keyId
                    + " is not configured");
        }
        try {
            return Optional.of(cipher.decrypt(stored));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private Page rows(EncryptedTables.Table table, long lastId) {
        boolean recipient = table.name().equals(EncryptedTables.CAMPAIGN_RECIPIENT);
        TableStatements statements = TABLE_STATEMENTS.get(table.name());
        List<Map<String, Object>> rows = jdbc.sql(statements.page())
                .param("lastId", lastId).query().listOfRows();
        long last = lastId;
        int unreadable = 0;
        for (Map<String, Object> row : rows) {
            long id = ((Number) row.get("id")).longValue();
            last = id;
            boolean readable = true;
            for (String column : table.cipherColumns()) {
                String stored = (String) row.get(column);
                if (!cipher.isCurrentCipherText(stored)) {
                    Optional<String> plain = plain(stored);
                    readable &= plain.isPresent();
                    plain.ifPresent(p -> jdbc.sql(statements.rewriteCipher().get(column))
                            .param("fresh", cipher.encrypt(p)).param("id", id).param("stored", stored).update());
                }
            }
            if (!readable) {
                unreadable++;
            }
            if (table.hashColumn() != null) {
                String hash = (String) row.get(table.hashColumn());
                Optional<String> plain = cipher.isCurrentHash(hash) ? Optional.empty()
                        : plain((String) row.get(table.hashSource()));
                if (plain.isPresent()) {
                    String fresh = cipher.searchHash(plain.get());
                    int changed = jdbc.sql(statements.rewriteHash())
                            .param("fresh", fresh).param("id", id).param("stored", hash).update();
                    if (changed > 0 && table.placesCaseColumn() != null) {
                        movePlace(((Number) row.get(table.placesCaseColumn())).longValue(), hash, fresh);
                    }
                }
            }
            if (recipient) {
                rehashPayeeKey(id, row);
            }
        }
        return new Page(rows.size(), unreadable, last, rows.size() < PAGE);
    }

    /** A place in the duplicate check moves from the old hash to the new one (or goes if it is held twice). */
    private void movePlace(long caseId, String oldHash, String newHash) {
        boolean heldAlready = jdbc.sql(COUNT_PLACES_OF_HASH)
                .param("hash", newHash).query(Integer.class).single() > 0;
        if (heldAlready) {
            jdbc.sql(DELETE_PLACE).param("oldHash", oldHash).param("caseId", caseId).update();
        } else {
            jdbc.sql(MOVE_PLACE).param("newHash", newHash).param("oldHash", oldHash).param("caseId", caseId)
                    .update();
        }
    }

    private void rehashPayeeKey(long id, Map<String, Object> row) {
        String key = (String) row.get("payee_key");
        if (key == null || !key.startsWith("P:") || cipher.isCurrentHash(key.substring(2))) {
            return;
        }
        String enc = (String) row.get("resident_id_enc");
        if (enc == null && row.get("case_id") != null) {
            enc = jdbc.sql(RESIDENT_ID_OF_CASE).param("caseId", row.get("case_id"))
                    .query(String.class).single();
        } else if (enc == null && row.get("model_worker_id") != null) {
            enc = jdbc.sql(RESIDENT_ID_OF_MODEL_WORKER).param("modelWorkerId", row.get("model_worker_id"))
                    .query(String.class).single();
        }
        Optional<String> plain = enc == null ? Optional.empty() : plain(enc);
        plain.ifPresent(p -> jdbc.sql(REHASH_PAYEE_KEY)
                .param("newKey", "P:" + cipher.searchHash(p)).param("recipientId", id).param("oldKey", key).update());
    }

    /**
     * Places of the duplicate check not moved with their hash (normally none): each is matched to the applicant
     * or a household member of its case by hashing their IDs under the place's old key. Keyset on the case id.
     */
    private Page places(long lastCaseId) {
        List<Long> cases = jdbc.sql(PLACES_PAGE).param("lastCaseId", lastCaseId).query(Long.class).list();
        int rows = 0;
        for (long caseId : cases) {
            List<String> hashes = jdbc.sql(HASHES_OF_CASE)
                    .param("caseId", caseId).query(String.class).list();
            rows += hashes.size();
            List<String> stale = hashes.stream().filter(h -> !cipher.isCurrentHash(h)).toList();
            if (stale.isEmpty()) {
                continue;
            }
            List<String> ids = new ArrayList<>(jdbc.sql(RESIDENT_ID_OF_CASE)
                    .param("caseId", caseId).query(String.class).list());
            ids.addAll(jdbc.sql(RESIDENT_IDS_OF_MEMBERS).param("caseId", caseId)
                    .query(String.class).list());
            List<String> plain = ids.stream().map(this::plain).flatMap(Optional::stream).toList();
            for (String hash : stale) {
                int keyId = FieldCipher.keyIdOf(hash);
                plain.stream().filter(p -> cipher.searchHashUnder(p, keyId).equals(hash)).findFirst()
                        .ifPresent(p -> movePlace(caseId, hash, cipher.searchHash(p)));
            }
        }
        long last = cases.isEmpty() ? lastCaseId : cases.get(cases.size() - 1);
        return new Page(rows, 0, last, cases.size() < PAGE);
    }

    KeyRotationStatus status(long id) {
        List<TableProgress> tables = jdbc.sql(LIST_PROGRESS).param("rotationId", id)
                .query((rs, n) -> new TableProgress(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getBoolean(5)))
                .list();
        return jdbc.sql(FIND_ROTATION).param("rotationId", id)
                .query((rs, n) -> new KeyRotationStatus(id, rs.getInt("target_key_id"),
                        KeyRotationStatus.State.valueOf(rs.getString("status")), rs.getString("started_by"),
                        rs.getObject("started_at", OffsetDateTime.class),
                        rs.getObject("finished_at", OffsetDateTime.class), rs.getString("failure"), tables))
                .single();
    }
}

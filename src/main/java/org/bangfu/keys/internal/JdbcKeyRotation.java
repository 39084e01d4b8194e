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
            jdbc.sql("INSERT INTO key_rotation (target_key_id, status, started_by, started_at) VALUES (?, 'RUNNING', ?, ?)")
                    .params(cipher.currentKeyId(), user.username(), OffsetDateTime.now(clock)).update(key, "id");
            long rotation = key.getKey().longValue();
            int position = 0;
            for (EncryptedTables.Table table : EncryptedTables.TABLES) {
                long total = jdbc.sql("SELECT COUNT(*) FROM " + table.name()).query(Long.class).single();
                jdbc.sql("INSERT INTO key_rotation_progress (rotation_id, table_name, position, total_rows) "
                        + "VALUES (?, ?, ?, ?)").params(rotation, table.name(), position++, total).update();
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
        return jdbc.sql("SELECT MAX(id) FROM key_rotation").query(Long.class).optional().map(this::status);
    }

    @Override
    public KeyInfo keys() {
        return new KeyInfo(cipher.currentKeyId(), cipher.keyIds());
    }

    private Optional<Long> runningId() {
        return jdbc.sql("SELECT id FROM key_rotation WHERE status = 'RUNNING'").query(Long.class).optional();
    }

    /** The running rotation, if any; the background runner resumes it after a restart. */
    Optional<Long> running() {
        return runningId();
    }

    @Override
    public boolean step() {
        return Boolean.TRUE.equals(transactions.execute(s -> {
            Optional<Map<String, Object>> rotation = jdbc.sql(
                    "SELECT id, target_key_id FROM key_rotation WHERE status = 'RUNNING' FOR UPDATE")
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
            Optional<Map<String, Object>> next = jdbc.sql("SELECT table_name, last_id FROM key_rotation_progress "
                    + "WHERE rotation_id = ? AND finished = FALSE ORDER BY position FETCH FIRST 1 ROWS ONLY")
                    .param(id).query().listOfRows().stream().findFirst();
            if (next.isEmpty()) {
                jdbc.sql("UPDATE key_rotation SET status = 'FINISHED', finished_at = ? WHERE id = ?")
                        .params(OffsetDateTime.now(clock), id).update();
                String started = jdbc.sql("SELECT started_by FROM key_rotation WHERE id = ?").param(id)
                        .query(String.class).single();
                events.publishEvent(new KeyRotationFinished(started, target, id));
                return false;
            }
            String tableName = (String) next.get().get("table_name");
            long lastId = ((Number) next.get().get("last_id")).longValue();
            EncryptedTables.Table table = EncryptedTables.TABLES.stream().filter(t -> t.name().equals(tableName))
                    .findFirst().orElseThrow();
            Page page = table.name().equals(EncryptedTables.ACTIVE_RESIDENT) ? places(lastId) : rows(table, lastId);
            jdbc.sql("UPDATE key_rotation_progress SET done_rows = done_rows + ?, unreadable = unreadable + ?, "
                            + "last_id = ?, finished = ? WHERE rotation_id = ? AND table_name = ?")
                    .params(page.rows(), page.unreadable(), page.lastId(), page.last(), id, tableName).update();
            return true;
        }));
    }

    /** Marks the running rotation failed (a missing key, a broken value): the admin sees why and may start again. */
    void fail(RuntimeException cause) {
        transactions.executeWithoutResult(s -> jdbc.sql("UPDATE key_rotation SET status = 'FAILED', finished_at = ?, "
                        + "failure = ? WHERE status = 'RUNNING'")
                .params(OffsetDateTime.now(clock), abbreviate(String.valueOf(cause.getMessage()))).update());
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
        List<String> columns = new ArrayList<>(table.selectedColumns());
        if (recipient) {
            columns.addAll(List.of("payee_key", "case_id", "model_worker_id"));
        }
        List<Map<String, Object>> rows = jdbc.sql("SELECT id, " + String.join(", ", columns) + " FROM "
                        + table.name() + " WHERE id > ? ORDER BY id FETCH FIRST " + PAGE + " ROWS ONLY")
                .param(lastId).query().listOfRows();
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
                    plain.ifPresent(p -> jdbc.sql("UPDATE " + table.name() + " SET " + column + " = ? WHERE id = ? AND "
                            + column + " = ?").params(cipher.encrypt(p), id, stored).update());
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
                    int changed = jdbc.sql("UPDATE " + table.name() + " SET " + table.hashColumn() + " = ? WHERE id = ? "
                            + "AND " + table.hashColumn() + " = ?").params(fresh, id, hash).update();
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
        boolean heldAlready = jdbc.sql("SELECT COUNT(*) FROM active_resident WHERE resident_id_hash = ?")
                .param(newHash).query(Integer.class).single() > 0;
        if (heldAlready) {
            jdbc.sql("DELETE FROM active_resident WHERE resident_id_hash = ? AND case_id = ?")
                    .params(oldHash, caseId).update();
        } else {
            jdbc.sql("UPDATE active_resident SET resident_id_hash = ? WHERE resident_id_hash = ? AND case_id = ?")
                    .params(newHash, oldHash, caseId).update();
        }
    }

    private void rehashPayeeKey(long id, Map<String, Object> row) {
        String key = (String) row.get("payee_key");
        if (key == null || !key.startsWith("P:") || cipher.isCurrentHash(key.substring(2))) {
            return;
        }
        String enc = (String) row.get("resident_id_enc");
        if (enc == null && row.get("case_id") != null) {
            enc = jdbc.sql("SELECT resident_id_enc FROM hardship_case WHERE id = ?").param(row.get("case_id"))
                    .query(String.class).single();
        } else if (enc == null && row.get("model_worker_id") != null) {
            enc = jdbc.sql("SELECT resident_id_enc FROM model_worker WHERE id = ?").param(row.get("model_worker_id"))
                    .query(String.class).single();
        }
        Optional<String> plain = enc == null ? Optional.empty() : plain(enc);
        plain.ifPresent(p -> jdbc.sql("UPDATE campaign_recipient SET payee_key = ? WHERE id = ? AND payee_key = ?")
                .params("P:" + cipher.searchHash(p), id, key).update());
    }

    /**
     * Places of the duplicate check not moved with their hash (normally none): each is matched to the applicant
     * or a household member of its case by hashing their IDs under the place's old key. Keyset on the case id.
     */
    private Page places(long lastCaseId) {
        List<Long> cases = jdbc.sql("SELECT DISTINCT case_id FROM active_resident WHERE case_id > ? ORDER BY case_id "
                + "FETCH FIRST " + PAGE + " ROWS ONLY").param(lastCaseId).query(Long.class).list();
        int rows = 0;
        for (long caseId : cases) {
            List<String> hashes = jdbc.sql("SELECT resident_id_hash FROM active_resident WHERE case_id = ?")
                    .param(caseId).query(String.class).list();
            rows += hashes.size();
            List<String> stale = hashes.stream().filter(h -> !cipher.isCurrentHash(h)).toList();
            if (stale.isEmpty()) {
                continue;
            }
            List<String> ids = new ArrayList<>(jdbc.sql("SELECT resident_id_enc FROM hardship_case WHERE id = ?")
                    .param(caseId).query(String.class).list());
            ids.addAll(jdbc.sql("SELECT resident_id_enc FROM household_member WHERE case_id = ?").param(caseId)
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
        List<TableProgress> tables = jdbc.sql("SELECT table_name, done_rows, total_rows, unreadable, finished "
                        + "FROM key_rotation_progress WHERE rotation_id = ? ORDER BY position").param(id)
                .query((rs, n) -> new TableProgress(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getBoolean(5)))
                .list();
        return jdbc.sql("SELECT * FROM key_rotation WHERE id = ?").param(id)
                .query((rs, n) -> new KeyRotationStatus(id, rs.getInt("target_key_id"),
                        KeyRotationStatus.State.valueOf(rs.getString("status")), rs.getString("started_by"),
                        rs.getObject("started_at", OffsetDateTime.class),
                        rs.getObject("finished_at", OffsetDateTime.class), rs.getString("failure"), tables))
                .single();
    }
}

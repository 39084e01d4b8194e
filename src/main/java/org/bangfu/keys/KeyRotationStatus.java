package org.bangfu.keys;

import java.time.OffsetDateTime;
import java.util.List;

/** A key rotation and how far it has come, table by table. */
public record KeyRotationStatus(long id, int targetKeyId, State state, String startedBy, OffsetDateTime startedAt,
                                OffsetDateTime finishedAt, String failure, List<TableProgress> tables) {

    public enum State { RUNNING, FINISHED, FAILED }

    public KeyRotationStatus {
        tables = List.copyOf(tables);
    }

    public long doneRows() {
        return tables.stream().mapToLong(TableProgress::doneRows).sum();
    }

    public long totalRows() {
        return tables.stream().mapToLong(TableProgress::totalRows).sum();
    }

    /** Rows walked / rows counted at the start, 0..100 (rows added meanwhile are written under the new key). */
    public int percent() {
        long total = totalRows();
        return total == 0 ? 100 : (int) Math.min(100, doneRows() * 100 / total);
    }

    /** {@code unreadable}: rows with a value no key decrypts (damaged data), left as they were and counted. */
    public record TableProgress(String table, long doneRows, long totalRows, long unreadable, boolean finished) {
    }
}

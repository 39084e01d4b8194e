package org.bangfu.statistics.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bangfu.statistics.FormCode;
import org.bangfu.statistics.FormResult;
import org.bangfu.statistics.FormRow;
import org.bangfu.statistics.ReportStatus;
import org.bangfu.statistics.Submission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The tables of entered values and submitted snapshots ({@code stat_entry}, {@code stat_report[_value]}). */
@Component
class Reports {

    record Entry(BigDecimal value, String by, OffsetDateTime at) {
    }

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Entry> entries(FormCode form, long unitId, LocalDate from, LocalDate to) {
        Map<String, Entry> entries = new HashMap<>();
        jdbc.sql("SELECT row_code, entry_value, entered_by, entered_at FROM stat_entry WHERE form = ? AND unit_id = ?"
                        + " AND period_from = ? AND period_to = ?").params(form.name(), unitId, from, to)
                .query(rs -> {
                    entries.put(rs.getString("row_code"), new Entry(rs.getBigDecimal("entry_value"),
                            rs.getString("entered_by"), rs.getObject("entered_at", OffsetDateTime.class)));
                });
        return entries;
    }

    /** Replaces or removes (null) one entered value; update first, insert when there was none (no upsert in H2). */
    void saveEntry(FormCode form, long unitId, LocalDate from, LocalDate to, String row, BigDecimal value,
                   String by, OffsetDateTime at) {
        if (value == null) {
            jdbc.sql("DELETE FROM stat_entry WHERE form = ? AND unit_id = ? AND period_from = ? AND period_to = ?"
                    + " AND row_code = ?").params(form.name(), unitId, from, to, row).update();
            return;
        }
        int updated = jdbc.sql("UPDATE stat_entry SET entry_value = ?, entered_by = ?, entered_at = ? WHERE form = ?"
                        + " AND unit_id = ? AND period_from = ? AND period_to = ? AND row_code = ?")
                .params(value, by, at, form.name(), unitId, from, to, row).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO stat_entry (form, unit_id, period_from, period_to, row_code, entry_value,"
                            + " entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(form.name(), unitId, from, to, row, value, by, at).update();
        }
    }

    List<Submission> submissions(FormCode form, long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT * FROM stat_report WHERE form = ? AND unit_id = ? AND period_from = ?"
                        + " AND period_to = ? ORDER BY version DESC").params(form.name(), unitId, from, to)
                .query(Reports::submission).list();
    }

    Optional<Submission> latest(FormCode form, long unitId, LocalDate from, LocalDate to) {
        return submissions(form, unitId, from, to).stream().findFirst();
    }

    Optional<Submission> submission(long id) {
        return jdbc.sql("SELECT * FROM stat_report WHERE id = ?").param(id).query(Reports::submission).optional();
    }

    /** Stores a snapshot as the next version; the unique version constraint stops two racing submissions. */
    long insert(FormResult result, int version, String by, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO stat_report (form, unit_id, period_from, period_to, version, status, submitted_by,"
                        + " submitted_at) VALUES (?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)")
                .params(result.form().name(), result.unitId(), result.from(), result.to(), version, by, at)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (FormRow row : result.rows()) {
            jdbc.sql("INSERT INTO stat_report_value (report_id, row_code, row_value, entered) VALUES (?, ?, ?, ?)")
                    .params(id, row.code(), row.value(), row.kind() == org.bangfu.statistics.RowKind.ENTERED)
                    .update();
        }
        return id;
    }

    /** Marks a submitted version returned; false if it was not (any more) submitted. */
    boolean markReturned(long id, String by, OffsetDateTime at, String reason) {
        return jdbc.sql("UPDATE stat_report SET status = 'RETURNED', returned_by = ?, returned_at = ?,"
                        + " return_reason = ? WHERE id = ? AND status = 'SUBMITTED'")
                .params(by, at, reason, id).update() == 1;
    }

    Map<String, BigDecimal> values(long reportId) {
        Map<String, BigDecimal> values = new HashMap<>();
        jdbc.sql("SELECT row_code, row_value FROM stat_report_value WHERE report_id = ?").param(reportId)
                .query(rs -> {
                    values.put(rs.getString("row_code"), rs.getBigDecimal("row_value"));
                });
        return values;
    }

    private static Submission submission(ResultSet rs, int n) throws SQLException {
        return new Submission(rs.getLong("id"), FormCode.valueOf(rs.getString("form")), rs.getLong("unit_id"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getInt("version"), ReportStatus.valueOf(rs.getString("status")), rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("returned_by"),
                rs.getObject("returned_at", OffsetDateTime.class), rs.getString("return_reason"));
    }
}

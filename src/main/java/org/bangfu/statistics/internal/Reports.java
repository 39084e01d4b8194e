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

    static final String LIST_ENTRIES = """
            SELECT row_code, entry_value, entered_by, entered_at FROM stat_entry
            WHERE form = :form AND unit_id = :unitId AND period_from = :from AND period_to = :to""";
    static final String DELETE_ENTRY = """
            DELETE FROM stat_entry
            WHERE form = :form AND unit_id = :unitId AND period_from = :from AND period_to = :to AND row_code = :row""";
    static final String UPDATE_ENTRY = """
            UPDATE stat_entry SET entry_value = :value, entered_by = :by, entered_at = :at
            WHERE form = :form AND unit_id = :unitId AND period_from = :from AND period_to = :to AND row_code = :row""";
    static final String INSERT_ENTRY = """
            INSERT INTO stat_entry (form, unit_id, period_from, period_to, row_code, entry_value, entered_by, entered_at)
            VALUES (:form, :unitId, :from, :to, :row, :value, :by, :at)""";
    static final String LIST_SUBMISSIONS = """
            SELECT * FROM stat_report WHERE form = :form AND unit_id = :unitId AND period_from = :from
              AND period_to = :to ORDER BY version DESC""";
    static final String FIND_SUBMISSION = """
            SELECT * FROM stat_report WHERE id = :reportId""";
    static final String INSERT_SUBMISSION = """
            INSERT INTO stat_report (form, unit_id, period_from, period_to, version, status, submitted_by, submitted_at)
            VALUES (:form, :unitId, :from, :to, :version, 'SUBMITTED', :by, :at)""";
    static final String INSERT_SUBMITTED_VALUE = """
            INSERT INTO stat_report_value (report_id, row_code, row_value, entered) VALUES (:reportId, :row, :value, :entered)""";
    static final String RETURN_SUBMISSION = """
            UPDATE stat_report SET status = 'RETURNED', returned_by = :by, returned_at = :at, return_reason = :reason
            WHERE id = :reportId AND status = 'SUBMITTED'""";
    static final String LIST_SUBMITTED_VALUES = """
            SELECT row_code, row_value FROM stat_report_value WHERE report_id = :reportId""";
    record Entry(BigDecimal value, String by, OffsetDateTime at) {
    }

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Entry> entries(FormCode form, long unitId, LocalDate from, LocalDate to) {
        Map<String, Entry> entries = new HashMap<>();
        jdbc.sql(LIST_ENTRIES)
                .param("form", form.name()).param("unitId", unitId).param("from", from).param("to", to)
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
            jdbc.sql(DELETE_ENTRY)
                    .param("form", form.name()).param("unitId", unitId).param("from", from).param("to", to)
                    .param("row", row).update();
            return;
        }
        int updated = jdbc.sql(UPDATE_ENTRY)
                .param("value", value).param("by", by).param("at", at).param("form", form.name())
                .param("unitId", unitId).param("from", from).param("to", to).param("row", row).update();
        if (updated == 0) {
            jdbc.sql(INSERT_ENTRY)
                    .param("form", form.name()).param("unitId", unitId).param("from", from).param("to", to)
                    .param("row", row).param("value", value).param("by", by).param("at", at).update();
        }
    }

    List<Submission> submissions(FormCode form, long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql(LIST_SUBMISSIONS)
                .param("form", form.name()).param("unitId", unitId).param("from", from).param("to", to)
                .query(Reports::submission).list();
    }

    Optional<Submission> latest(FormCode form, long unitId, LocalDate from, LocalDate to) {
        return submissions(form, unitId, from, to).stream().findFirst();
    }

    Optional<Submission> submission(long id) {
        return jdbc.sql(FIND_SUBMISSION).param("reportId", id).query(Reports::submission).optional();
    }

    /** Stores a snapshot as the next version; the unique version constraint stops two racing submissions. */
    long insert(FormResult result, int version, String by, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT_SUBMISSION)
                .param("form", result.form().name()).param("unitId", result.unitId()).param("from", result.from())
                .param("to", result.to()).param("version", version).param("by", by).param("at", at)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (FormRow row : result.rows()) {
            jdbc.sql(INSERT_SUBMITTED_VALUE)
                    .param("reportId", id).param("row", row.code()).param("value", row.value())
                    .param("entered", row.kind() == org.bangfu.statistics.RowKind.ENTERED)
                    .update();
        }
        return id;
    }

    /** Marks a submitted version returned; false if it was not (any more) submitted. */
    boolean markReturned(long id, String by, OffsetDateTime at, String reason) {
        return jdbc.sql(RETURN_SUBMISSION)
                .param("by", by).param("at", at).param("reason", reason).param("reportId", id).update() == 1;
    }

    Map<String, BigDecimal> values(long reportId) {
        Map<String, BigDecimal> values = new HashMap<>();
        jdbc.sql(LIST_SUBMITTED_VALUES).param("reportId", reportId)
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

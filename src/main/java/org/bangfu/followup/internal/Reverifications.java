package org.bangfu.followup.internal;

import org.bangfu.followup.ReverificationStarted;
import org.bangfu.followup.SpotCheckRecorded;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bangfu.followup.ReverificationItem;
import org.bangfu.followup.ReverificationRun;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.settings.RuleSettings;
import org.bangfu.settings.SettingKeys;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The yearly review of a unit's open files: the sample, the regrades and the spot checks.
 */
@Component
class Reverifications {

    static final String COUNT_RUNS = """
            SELECT COUNT(*) FROM reverification_run WHERE run_year = :year AND unit_id = :unitId""";
    static final String INSERT_RUN = """
            INSERT INTO reverification_run (run_year, unit_id, seed, sample_ratio, file_count, sample_count,
              started_by, started_at)
            VALUES (:year, :unitId, :seed, :ratio, :fileCount, :sampleCount, :startedBy, :startedAt)""";
    static final String INSERT_ITEM = """
            INSERT INTO reverification_item (run_id, case_id, sampled, previous_grade)
            VALUES (:runId, :caseId, :sampled, :previousGrade)""";
    static final String LIST_ITEMS = """
            SELECT * FROM reverification_item WHERE run_id = :runId ORDER BY case_id""";
    static final String LIST_ITEMS_PAGE = """
            SELECT * FROM reverification_item WHERE run_id = :runId ORDER BY case_id LIMIT :limit OFFSET :offset""";
    static final String COUNT_ITEMS = """
            SELECT COUNT(*) FROM reverification_item WHERE run_id = :runId""";
    static final String COUNT_NOTIFIED = """
            UPDATE reverification_run SET notified_count = notified_count + :count WHERE id = :runId""";
    static final String FIND_RUN = """
            SELECT * FROM reverification_run WHERE id = :runId""";
    static final String LIST_RUNS = """
            SELECT r.* FROM reverification_run r JOIN org_unit u ON u.id = r.unit_id WHERE u.path LIKE :subtree
            ORDER BY r.id DESC""";
    static final String FIND_LATEST_ITEM = """
            SELECT * FROM reverification_item WHERE case_id = :caseId ORDER BY run_id DESC FETCH FIRST 1 ROWS ONLY""";
    static final String RECORD_REGRADE = """
            UPDATE reverification_item SET new_grade = :newGrade WHERE run_id = :runId AND case_id = :caseId""";
    static final String RECORD_SPOT_CHECK = """
            UPDATE reverification_item SET spot_check = :spotCheck, note = :note, checked_by = :checkedBy,
              checked_at = :checkedAt
            WHERE run_id = :runId AND case_id = :caseId""";

    private final JdbcClient jdbc;
    private final IdentificationService files;
    private final RuleSettings settings;
    private final OrganizationService organization;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FollowUpChecks checks;

    Reverifications(JdbcClient jdbc, IdentificationService files, RuleSettings settings,
                    OrganizationService organization, Jurisdiction jurisdiction, ApplicationEventPublisher events,
                    Clock clock, FollowUpChecks checks) {
        this.jdbc = jdbc;
        this.files = files;
        this.settings = settings;
        this.organization = organization;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.clock = clock;
        this.checks = checks;
    }

    ReverificationRun startReverification(int year, long unitId, Long seed, CurrentUser user) {
        if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.ANALYST)) {
            jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        }
        jurisdiction.requireCovers(user, unitId);
        boolean exists = jdbc.sql(COUNT_RUNS)
                .param("year", year).param("unitId", unitId).query(Integer.class).single() > 0;
        if (exists) {
            throw new ConflictException("error.reverificationExists", year);
        }
        List<HardshipCase> open = files.openFiles(unitId);
        BigDecimal ratio = settings.decimal(SettingKeys.REVERIFICATION_SAMPLE_RATIO,
                organization.unit(unitId).divisionCode(), checks.today());
        long usedSeed = seed != null ? seed : new SecureRandom().nextLong();
        Set<Long> sample = ExitRules.sample(open.stream().map(HardshipCase::id).toList(), ratio, usedSeed);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT_RUN)
                .param("year", year).param("unitId", unitId).param("seed", usedSeed).param("ratio", ratio)
                .param("fileCount", open.size()).param("sampleCount", sample.size())
                .param("startedBy", user.username()).param("startedAt", OffsetDateTime.now(clock))
                .update(keys, "id");
        long runId = keys.getKey().longValue();
        for (HardshipCase c : open) {
            jdbc.sql(INSERT_ITEM)
                    .param("runId", runId).param("caseId", c.id()).param("sampled", sample.contains(c.id()))
                    .param("previousGrade", c.grade() == null ? "" : c.grade()).update();
        }
        events.publishEvent(new ReverificationStarted(user.username(), unitId, year, sample.size(), open.size(),
                usedSeed));
        return run(runId).orElseThrow();
    }

    List<ReverificationItem> items(long runId) {
        return jdbc.sql(LIST_ITEMS).param("runId", runId).query(Reverifications::itemRow).list();
    }

    List<ReverificationItem> items(long runId, int offset, int limit) {
        return jdbc.sql(LIST_ITEMS_PAGE).param("runId", runId).param("limit", limit).param("offset", offset)
                .query(Reverifications::itemRow).list();
    }

    int itemCount(long runId) {
        return jdbc.sql(COUNT_ITEMS).param("runId", runId).query(Long.class).single().intValue();
    }

    void countNotified(long runId, int count) {
        jdbc.sql(COUNT_NOTIFIED).param("count", count).param("runId", runId).update();
    }

    private static ReverificationItem itemRow(ResultSet rs, int n) throws SQLException {
        return new ReverificationItem(rs.getLong("run_id"), rs.getLong("case_id"), rs.getBoolean("sampled"),
                rs.getString("previous_grade"), rs.getString("new_grade"), rs.getString("spot_check"),
                rs.getString("note"), rs.getString("checked_by"));
    }

    Optional<ReverificationRun> run(long runId) {
        return jdbc.sql(FIND_RUN).param("runId", runId)
                .query(Reverifications::runRow).optional();
    }

    List<ReverificationRun> runs(CurrentUser user) {
        return jdbc.sql(LIST_RUNS).param("subtree", jurisdiction.subtreePrefix(user) + "%")
                .query(Reverifications::runRow).list();
    }

    Optional<ReverificationItem> latestItem(long caseId) {
        return jdbc.sql(FIND_LATEST_ITEM)
                .param("caseId", caseId)
                .query((rs, n) -> new ReverificationItem(rs.getLong("run_id"), rs.getLong("case_id"),
                        rs.getBoolean("sampled"), rs.getString("previous_grade"), rs.getString("new_grade"),
                        rs.getString("spot_check"), rs.getString("note"), rs.getString("checked_by"))).optional();
    }

    void recordRegrade(long runId, long caseId, String newGrade) {
        jdbc.sql(RECORD_REGRADE)
                .param("newGrade", newGrade).param("runId", runId).param("caseId", caseId).update();
    }

    void recordSpotCheck(long runId, long caseId, boolean confirmed, String note, CurrentUser user) {
        HardshipCase c = files.caseById(caseId);
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        jurisdiction.requireCovers(user, c.unitId());
        List<FieldError> errors = new ArrayList<>();
        if (!confirmed) {
            TextInput.required(errors, "note", note, 1000);
        }
        InvalidInputException.throwIfAny(errors);
        jdbc.sql(RECORD_SPOT_CHECK)
                .param("spotCheck", confirmed ? "CONFIRMED" : "CORRECTED")
                .param("note", note == null ? null : note.trim()).param("checkedBy", user.username())
                .param("checkedAt", OffsetDateTime.now(clock)).param("runId", runId).param("caseId", caseId)
                .update();
        events.publishEvent(new SpotCheckRecorded(user.username(), caseId, c.unitId(), confirmed,
                confirmed ? null : note.trim()));
    }

    private static ReverificationRun runRow(ResultSet rs, int n) throws SQLException {
        return new ReverificationRun(rs.getLong("id"), rs.getInt("run_year"), rs.getLong("unit_id"),
                rs.getLong("seed"), rs.getBigDecimal("sample_ratio"), rs.getInt("file_count"),
                rs.getInt("sample_count"), rs.getString("started_by"),
                rs.getObject("started_at", OffsetDateTime.class), rs.getInt("notified_count"));
    }
}

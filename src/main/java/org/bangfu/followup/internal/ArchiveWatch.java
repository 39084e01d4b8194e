package org.bangfu.followup.internal;

import org.bangfu.followup.CallBackRecorded;
import org.bangfu.followup.FileArchived;
import org.bangfu.followup.RelapseReported;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bangfu.followup.RelapseReport;
import org.bangfu.followup.WatchEntry;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.settings.RuleSettings;
import org.bangfu.settings.SettingKeys;
import org.bangfu.shared.Amounts;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An exited file in the archive: the watch period, the call-backs and a reported relapse.
 */
@Component
class ArchiveWatch {

    static final String START_WATCH = """
            INSERT INTO watch_entry (case_id, watched_from, watched_until, status)
            VALUES (:caseId, :from, :until, 'WATCHING')""";
    static final String INSERT_CALL_BACK = """
            INSERT INTO callback_record (case_id, call_date, relapsed, note, recorded_by, recorded_at)
            VALUES (:caseId, :callDate, :relapsed, :note, :recordedBy, :recordedAt)""";
    static final String END_WATCH = """
            UPDATE watch_entry SET status = 'ENDED' WHERE case_id = :caseId AND status = 'WATCHING'""";
    static final String MARK_RELAPSED = """
            UPDATE watch_entry SET status = 'RELAPSED', relapse_case_id = :relapseId WHERE case_id = :caseId""";
    static final String LIST_WATCH = """
            SELECT w.*, c.case_no, c.worker_name FROM watch_entry w JOIN hardship_case c ON c.id = w.case_id
            JOIN org_unit u ON u.id = c.unit_id WHERE u.path LIKE :subtree ORDER BY w.watched_from DESC""";
    static final String PAGE_WATCH = """
            SELECT w.*, c.case_no, c.worker_name FROM watch_entry w JOIN hardship_case c ON c.id = w.case_id
            JOIN org_unit u ON u.id = c.unit_id WHERE u.path LIKE :subtree
            ORDER BY w.watched_from DESC, w.case_id DESC LIMIT :limit OFFSET :offset""";
    static final String COUNT_WATCH = """
            SELECT COUNT(*) FROM watch_entry w JOIN hardship_case c ON c.id = w.case_id
            JOIN org_unit u ON u.id = c.unit_id WHERE u.path LIKE :subtree""";

    private final JdbcClient jdbc;
    private final IdentificationService files;
    private final RuleSettings settings;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FollowUpChecks checks;

    ArchiveWatch(JdbcClient jdbc, IdentificationService files, RuleSettings settings, Jurisdiction jurisdiction,
                 ApplicationEventPublisher events, Clock clock, FollowUpChecks checks) {
        this.jdbc = jdbc;
        this.files = files;
        this.settings = settings;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.clock = clock;
        this.checks = checks;
    }

    void closeIntoArchive(long caseId) {
        HardshipCase c = files.caseById(caseId);
        if (c.status() == CaseStatus.EXITED) {
            return;
        }
        files.changeStatus(caseId, CaseStatus.EXITED);
        int months = settings.integer(SettingKeys.WATCH_PERIOD_MONTHS, checks.division(c), checks.today());
        jdbc.sql(START_WATCH)
                .param("caseId", caseId).param("from", checks.today())
                .param("until", checks.today().plusMonths(months)).update();
        events.publishEvent(new FileArchived(caseId, c.unitId(), months));
    }

    void recordCallBack(long caseId, boolean relapsed, String note, CurrentUser user) {
        HardshipCase c = checks.workable(caseId, user, Set.of(CaseStatus.EXITED));
        List<FieldError> errors = new ArrayList<>();
        TextInput.required(errors, "note", note, 1000);
        InvalidInputException.throwIfAny(errors);
        jdbc.sql(INSERT_CALL_BACK)
                .param("caseId", caseId).param("callDate", checks.today()).param("relapsed", relapsed)
                .param("note", note.trim()).param("recordedBy", user.username())
                .param("recordedAt", OffsetDateTime.now(clock)).update();
        events.publishEvent(new CallBackRecorded(user.username(), caseId, c.unitId(), relapsed, note.trim()));
    }

    void endWatch(long caseId) {
        jdbc.sql(END_WATCH).param("caseId", caseId)
                .update();
    }

    HardshipCase reportRelapse(long archivedCaseId, RelapseReport report, CurrentUser user) {
        HardshipCase archived = checks.workable(archivedCaseId, user, Set.of(CaseStatus.EXITED));
        List<FieldError> errors = new ArrayList<>();
        Amounts.problemWithNonNegative(report.householdYearlyIncome())
                .ifPresent(k -> errors.add(FieldError.of("householdYearlyIncome", k)));
        Amounts.problemWithNonNegative(report.rigidExpenses())
                .ifPresent(k -> errors.add(FieldError.of("rigidExpenses", k)));
        TextInput.required(errors, "situation", report.situation(), 1000);
        InvalidInputException.throwIfAny(errors);
        HardshipCase relapse = files.openRelapseFile(archivedCaseId, report.householdYearlyIncome(),
                report.rigidExpenses(), report.situation().trim(), user.username());
        jdbc.sql(MARK_RELAPSED)
                .param("relapseId", relapse.id()).param("caseId", archivedCaseId).update();
        events.publishEvent(new RelapseReported(user.username(), archivedCaseId, archived.unitId(), relapse.caseNo()));
        return relapse;
    }

    List<WatchEntry> watchList(CurrentUser user) {
        return jdbc.sql(LIST_WATCH)
                .param("subtree", jurisdiction.subtreePrefix(user) + "%")
                .query(ArchiveWatch::watchRow).list();
    }

    /** One page of the watch-list of the user's subtree, the latest watched first. */
    List<WatchEntry> watchList(CurrentUser user, int offset, int limit) {
        return jdbc.sql(PAGE_WATCH)
                .param("subtree", jurisdiction.subtreePrefix(user) + "%").param("limit", limit)
                .param("offset", offset).query(ArchiveWatch::watchRow).list();
    }

    int watchCount(CurrentUser user) {
        return jdbc.sql(COUNT_WATCH).param("subtree", jurisdiction.subtreePrefix(user) + "%")
                .query(Long.class).single().intValue();
    }

    private static WatchEntry watchRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long relapse = rs.getLong("relapse_case_id");
        Long relapseId = rs.wasNull() ? null : relapse;
        return new WatchEntry(rs.getLong("case_id"), rs.getString("case_no"), rs.getString("worker_name"),
                rs.getObject("watched_from", LocalDate.class), rs.getObject("watched_until", LocalDate.class),
                rs.getString("status"), relapseId);
    }
}

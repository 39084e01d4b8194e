package org.bangfu.audit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.bangfu.audit.AuditEntry;
import org.bangfu.audit.AuditTrail;
import org.bangfu.funds.BankResultImported;
import org.bangfu.funds.PaymentRecorded;
import org.bangfu.grading.CaseGraded;
import org.bangfu.identification.CaseFiled;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.Role;
import org.bangfu.settings.CalendarDayChanged;
import org.bangfu.settings.RuleSettingChanged;
import org.bangfu.shell.UnexpectedErrorOccurred;
import org.bangfu.shared.Audited;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAuditTrail implements AuditTrail {

    static final String EVENTS_OF_CASE = """
            SELECT chain_position, occurred_at, actor, action, case_id, detail FROM audit_event
            WHERE case_id = :caseId ORDER BY chain_position""";
    static final String RECENT_EVENTS = """
            SELECT a.chain_position, a.occurred_at, a.actor, a.action, a.case_id, a.detail FROM audit_event a
            LEFT JOIN org_unit u ON u.id = a.unit_id WHERE (u.path LIKE :subtree OR a.unit_id IS NULL)
            ORDER BY a.chain_position DESC FETCH FIRST :limit ROWS ONLY""";
    static final String PAGE_EVENTS = """
            SELECT a.chain_position, a.occurred_at, a.actor, a.action, a.case_id, a.detail FROM audit_event a
            LEFT JOIN org_unit u ON u.id = a.unit_id WHERE (u.path LIKE :subtree OR a.unit_id IS NULL)
            ORDER BY a.chain_position DESC LIMIT :limit OFFSET :offset""";
    static final String COUNT_EVENTS = """
            SELECT COUNT(*) FROM audit_event a
            LEFT JOIN org_unit u ON u.id = a.unit_id WHERE (u.path LIKE :subtree OR a.unit_id IS NULL)""";

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;
    private final Clock clock;
    private final AuditChainAppender appender;

    JdbcAuditTrail(JdbcClient jdbc, Jurisdiction jurisdiction, Clock clock, AuditChainAppender appender) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
        this.clock = clock;
        this.appender = appender;
    }

    @EventListener
    void on(CaseFiled event) {
        append(event.filedBy(), "CASE_FILED", event.caseId(), event.unitId(), event.caseNo());
    }

    @EventListener
    void on(CaseGraded event) {
        append("system", "CASE_GRADED", event.caseId(), event.unitId(),
                event.grade() + " (GradeDecision v" + event.decisionVersion() + ")");
    }

    @EventListener
    void on(RuleSettingChanged event) {
        append(event.changedBy(), "RULE_SETTING_CHANGED", null, null, event.key() + " " + event.divisionCode() + " "
                + event.effectiveFrom() + " = " + event.value().toPlainString());
    }

    @EventListener
    void on(CalendarDayChanged event) {
        append(event.changedBy(), "CALENDAR_CHANGED", null, null, event.date() + (event.removed() ? " removed"
                : (event.working() ? " working " : " holiday ") + event.name()));
    }

    /** Every event that names its audit row (campaign actions, file changes, logins, ...): that row. */
    @EventListener
    void on(Audited event) {
        Audited.Entry entry = event.auditEntry();
        append(entry.actor(), entry.action(), entry.caseId(), entry.unitId(),
                entry.detail() == null ? null : entry.detail().length() > 1000 ? entry.detail().substring(0, 1000)
                        : entry.detail());
    }

    @EventListener
    void on(PaymentRecorded event) {
        append(event.actor(), "PAYMENT_" + event.status(), event.caseId(), event.unitId(),
                event.amount().toPlainString() + " " + event.idempotencyKey());
    }

    @EventListener
    void on(BankResultImported event) {
        append(event.actor(), "BANK_RESULT_IMPORTED", null, event.unitId(), event.batchNo() + ": " + event.paid()
                + " paid (" + event.paidAmount().toPlainString() + "), " + event.failed() + " failed");
    }

    /** No unit or case: the trail only says who met which failure where; the stack trace is in the log. */
    @EventListener
    void on(UnexpectedErrorOccurred event) {
        String detail = event.reference() + " " + event.exceptionClass()
                + (event.route() == null ? "" : " /" + event.route());
        appendAt(event.at().atZone(clock.getZone()).toOffsetDateTime(),
                event.username() == null ? "anonymous" : event.username(), "UNEXPECTED_ERROR", null, null,
                detail.length() > 1000 ? detail.substring(0, 1000) : detail);
    }

    private void append(String actor, String action, Long caseId, Long unitId, String detail) {
        appendAt(OffsetDateTime.now(clock), actor, action, caseId, unitId, detail);
    }

    /**
     * Appends one row. Inside a transaction the row waits for the transaction's commit and is then chained (see
     * {@link AuditChainAppender}), so the chain head stays locked only for the moment of the commit and a rolled
     * back transaction leaves neither a row nor a hole; outside one it is chained at once in its own transaction.
     */
    void appendAt(OffsetDateTime at, String actor, String action, Long caseId, Long unitId, String detail) {
        appender.append(new AuditChainAppender.Row(AuditChainFormat.stored(at), actor, action, caseId, unitId,
                detail));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> forCase(long caseId) {
        return jdbc.sql(EVENTS_OF_CASE).param("caseId", caseId).query(JdbcAuditTrail::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(CurrentUser auditor, int limit) {
        jurisdiction.requireAnyRole(auditor, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql(RECENT_EVENTS)
                .param("subtree", jurisdiction.subtreePrefix(auditor) + "%").param("limit", limit).query(JdbcAuditTrail::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> page(CurrentUser auditor, int offset, int limit) {
        jurisdiction.requireAnyRole(auditor, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql(PAGE_EVENTS).param("subtree", jurisdiction.subtreePrefix(auditor) + "%")
                .param("limit", limit).param("offset", offset).query(JdbcAuditTrail::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public int count(CurrentUser auditor) {
        jurisdiction.requireAnyRole(auditor, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql(COUNT_EVENTS).param("subtree", jurisdiction.subtreePrefix(auditor) + "%")
                .query(Long.class).single().intValue();
    }

    private static AuditEntry row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long caseId = rs.getLong("case_id");
        Long id = rs.wasNull() ? null : caseId;
        return new AuditEntry(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
                rs.getString("action"), id, rs.getString("detail"), rs.getLong("chain_position"));
    }
}

package org.bangfu.campaign.internal;

import org.bangfu.campaign.CampaignClosed;
import org.bangfu.campaign.CampaignReminded;
import org.bangfu.campaign.CampaignReportOverdue;
import org.bangfu.campaign.CampaignReported;
import org.bangfu.campaign.CampaignVisitRecorded;
import static org.bangfu.campaign.internal.CampaignRecords.requireStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignUnit;
import org.bangfu.campaign.CampaignUnitStatus;
import org.bangfu.campaign.Recipient;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Visits to the recipients, the units' reports, their reminders and escalation, and the close of the
 * campaign.
 */
@Component
class UnitReports {

    static final String RECORD_VISIT = """
            UPDATE campaign_recipient SET visited_on = :visitedOn, visited_by = :visitedBy, visit_note = :visitNote
            WHERE id = :recipientId""";
    /** Full coverage: every deep-hardship file registered for the campaign has its visit record. */
    static final String LIST_DEEP_NOT_VISITED = """
            SELECT r.name FROM campaign_recipient r JOIN org_unit u ON u.id = r.unit_id
            JOIN hardship_case c ON c.id = r.case_id WHERE r.campaign_id = :campaignId AND u.path LIKE :subtree
            AND c.grade = 'DEEP' AND r.visited_on IS NULL ORDER BY r.id""";
    static final String REPORT_UNIT = """
            UPDATE campaign_unit SET status = 'REPORTED', report_text = :reportText, reported_by = :reportedBy,
              reported_at = :reportedAt, late = (late OR :late)
            WHERE campaign_id = :campaignId AND unit_id = :unitId AND status = 'VISITING'""";
    static final String MARK_REMINDED = """
            UPDATE campaign_unit SET reminded_at = :at WHERE campaign_id = :campaignId AND unit_id = :unitId""";
    static final String MARK_OVERDUE = """
            UPDATE campaign_unit SET late = TRUE, escalated_at = :at
            WHERE campaign_id = :campaignId AND unit_id = :unitId AND status <> 'REPORTED'""";
    static final String CLOSE_CAMPAIGN = """
            UPDATE campaign SET status = 'CLOSED', closed_at = :at WHERE id = :campaignId AND status = 'RUNNING'""";

    private final JdbcClient jdbc;
    private final OrganizationService organization;
    private final Jurisdiction jurisdiction;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CampaignRecords records;
    private final RecipientRecords recipients;

    UnitReports(JdbcClient jdbc, OrganizationService organization, Jurisdiction jurisdiction, Clock clock,
                ApplicationEventPublisher events, CampaignRecords records, RecipientRecords recipients) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.jurisdiction = jurisdiction;
        this.clock = clock;
        this.events = events;
        this.records = records;
        this.recipients = recipients;
    }

    void recordVisit(long recipientId, LocalDate visitedOn, String note, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        Recipient r = recipients.recipient(recipientId, user);
        Campaign campaign = records.campaign(r.campaignId());
        List<FieldError> errors = new ArrayList<>();
        if (visitedOn == null) {
            errors.add(FieldError.of("visitedOn", "validation.required"));
        } else if (visitedOn.isAfter(LocalDate.now(clock))) {
            errors.add(FieldError.of("visitedOn", "validation.campaign.visitInFuture"));
        } else if (visitedOn.isBefore(campaign.periodFrom())) {
            errors.add(FieldError.of("visitedOn", "validation.campaign.visitBeforePeriod", campaign.periodFrom()));
        }
        TextInput.optional(errors, "visitNote", note, 1000);
        InvalidInputException.throwIfAny(errors);
        requireStatus(records.participantOf(r.campaignId(), r.unitId()), CampaignUnitStatus.VISITING);
        jdbc.sql(RECORD_VISIT)
                .param("visitedOn", visitedOn).param("visitedBy", user.username())
                .param("visitNote", note == null || note.isBlank() ? null : note.trim()).param("recipientId", recipientId)
                .update();
        events.publishEvent(new CampaignVisitRecorded(user.username(), r.unitId(), r.campaignId(), recipientId,
                visitedOn));
    }

    void submitReport(long campaignId, long unitId, String text, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        jurisdiction.requireCovers(user, unitId);
        CampaignUnit unit = requireStatus(records.unit(campaignId, unitId, user), CampaignUnitStatus.VISITING);
        List<FieldError> errors = new ArrayList<>();
        TextInput.required(errors, "reportText", text, 4000);
        InvalidInputException.throwIfAny(errors);
        // full coverage: every deep-hardship file registered for the campaign has its visit record
        List<String> notVisited = jdbc.sql(LIST_DEEP_NOT_VISITED)
                .param("campaignId", campaignId).param("subtree", organization.unit(unitId).path() + "%")
                .query(String.class).list();
        if (!notVisited.isEmpty()) {
            throw new InvalidInputException(FieldError.of("reportText", "validation.campaign.notVisited",
                    notVisited.size(), String.join(", ", notVisited.subList(0, Math.min(5, notVisited.size())))));
        }
        Campaign campaign = records.campaign(campaignId);
        boolean late = LocalDate.now(clock).isAfter(campaign.reportDeadline());
        int changed = jdbc.sql(REPORT_UNIT)
                .param("reportText", text.trim()).param("reportedBy", user.username())
                .param("reportedAt", OffsetDateTime.now(clock)).param("late", late).param("campaignId", campaignId)
                .param("unitId", unitId).update();
        if (changed == 0) {
            throw new ConflictException("error.campaign.unitState", unit.unitName(), unit.status());
        }
        events.publishEvent(new CampaignReported(user.username(), unitId, campaignId, late));
    }

    void remind(long campaignId, long unitId) {
        jdbc.sql(MARK_REMINDED)
                .param("at", OffsetDateTime.now(clock)).param("campaignId", campaignId).param("unitId", unitId).update();
        events.publishEvent(new CampaignReminded(unitId, campaignId));
    }

    void markOverdue(long campaignId, long unitId) {
        jdbc.sql(MARK_OVERDUE)
                .param("at", OffsetDateTime.now(clock)).param("campaignId", campaignId).param("unitId", unitId).update();
        events.publishEvent(new CampaignReportOverdue(unitId, campaignId));
    }

    void close(long campaignId) {
        int closed = jdbc.sql(CLOSE_CAMPAIGN)
                .param("at", OffsetDateTime.now(clock)).param("campaignId", campaignId).update();
        if (closed > 0) {
            events.publishEvent(new CampaignClosed(records.campaign(campaignId).unitId(), campaignId));
        }
    }

    /** Every campaign action leaves an audit row: who, what (a CAMPAIGN_* code), the unit, the campaign and detail. */
}

package org.bangfu.campaign.internal;

import org.bangfu.identification.CaseStatus;
import org.bangfu.campaign.CampaignPayeeExempted;
import org.bangfu.campaign.CampaignRecipientsApproved;
import org.bangfu.campaign.CampaignRecipientsReturned;
import org.bangfu.campaign.CampaignRecipientsSubmitted;
import static org.bangfu.campaign.internal.CampaignRecords.requireStatus;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bangfu.campaign.CampaignUnit;
import org.bangfu.campaign.CampaignUnitStatus;
import org.bangfu.campaign.CoverageGap;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The coverage of a unit's open deep-hardship files, the reasons for the ones left out, the submission of
 * the recipients and their approval (four eyes).
 */
@Component
class RecipientApproval {

    /** Open deep-hardship files of a subtree that are not recipients, with the reason recorded if any. */
    static final String LIST_COVERAGE_GAPS = """
            SELECT c.id, c.case_no, c.worker_name, c.unit_id, e.reason FROM hardship_case c
            JOIN org_unit u ON u.id = c.unit_id
            LEFT JOIN campaign_exemption e ON e.campaign_id = :campaignId AND e.case_id = c.id
            WHERE c.grade = 'DEEP' AND c.status IN (:openFile) AND u.path LIKE :subtree
            AND NOT EXISTS (SELECT 1 FROM campaign_recipient r WHERE r.campaign_id = :campaignId AND r.case_id = c.id)
            ORDER BY c.case_no""";
    static final String PAGE_COVERAGE_GAPS = LIST_COVERAGE_GAPS + " LIMIT :limit OFFSET :offset";
    static final String COUNT_COVERAGE_GAPS = """
            SELECT COUNT(*) FROM hardship_case c JOIN org_unit u ON u.id = c.unit_id
            WHERE c.grade = 'DEEP' AND c.status IN (:openFile) AND u.path LIKE :subtree
            AND NOT EXISTS (SELECT 1 FROM campaign_recipient r WHERE r.campaign_id = :campaignId AND r.case_id = c.id)""";
    static final String LIST_OPEN_FILES_NOT_REGISTERED = """
            SELECT c.id, c.case_no, c.worker_name, c.unit_id FROM hardship_case c
            JOIN org_unit u ON u.id = c.unit_id WHERE c.status IN (:openFile) AND u.path LIKE :subtree
            AND NOT EXISTS (SELECT 1 FROM campaign_recipient r WHERE r.campaign_id = :campaignId AND r.case_id = c.id)
            ORDER BY c.case_no""";
    static final String DELETE_EXEMPTION = """
            DELETE FROM campaign_exemption WHERE campaign_id = :campaignId AND case_id = :caseId""";
    static final String INSERT_EXEMPTION = """
            INSERT INTO campaign_exemption (campaign_id, case_id, reason, recorded_by, recorded_at)
            VALUES (:campaignId, :caseId, :reason, :recordedBy, :recordedAt)""";
    static final String MARK_SUBMITTED_BY = """
            UPDATE campaign_unit SET submitted_by = :submittedBy WHERE campaign_id = :campaignId AND unit_id = :unitId""";
    static final String LIST_REGISTRANTS = """
            SELECT r.registered_by FROM campaign_recipient r
            JOIN org_unit u ON u.id = r.unit_id WHERE r.campaign_id = :campaignId AND u.path LIKE :subtree""";
    static final String LIST_EXEMPTERS = """
            SELECT e.recorded_by FROM campaign_exemption e JOIN hardship_case c ON c.id = e.case_id
            JOIN org_unit u ON u.id = c.unit_id WHERE e.campaign_id = :campaignId AND u.path LIKE :subtree""";
    static final String FIND_SUBMITTER = """
            SELECT submitted_by FROM campaign_unit WHERE campaign_id = :campaignId AND unit_id = :unitId""";
    static final String DECIDE_RECIPIENTS = """
            UPDATE campaign_unit SET status = :status, approved_by = :approvedBy, approved_at = :approvedAt,
              return_note = :returnNote
            WHERE campaign_id = :campaignId AND unit_id = :unitId AND status = 'SUBMITTED'""";

    private final JdbcClient jdbc;
    private final OrganizationService organization;
    private final Jurisdiction jurisdiction;
    private final IdentificationService files;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CampaignRecords records;

    RecipientApproval(JdbcClient jdbc, OrganizationService organization, Jurisdiction jurisdiction,
                      IdentificationService files, Clock clock, ApplicationEventPublisher events,
                      CampaignRecords records) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.jurisdiction = jurisdiction;
        this.files = files;
        this.clock = clock;
        this.events = events;
        this.records = records;
    }

    List<CoverageGap> coverage(long campaignId, long unitId, CurrentUser user) {
        records.campaign(campaignId, user);
        jurisdiction.requireCovers(user, unitId);
        return gaps(campaignId, unitId);
    }

    List<CoverageGap> coverage(long campaignId, long unitId, CurrentUser user, int offset, int limit) {
        records.campaign(campaignId, user);
        jurisdiction.requireCovers(user, unitId);
        return jdbc.sql(PAGE_COVERAGE_GAPS).param("openFile", CaseStatus.openFileNames())
                .param("campaignId", campaignId).param("subtree", organization.unit(unitId).path() + "%")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new CoverageGap(rs.getLong("id"), rs.getString("case_no"), rs.getString("worker_name"),
                        rs.getLong("unit_id"), rs.getString("reason"))).list();
    }

    int coverageCount(long campaignId, long unitId, CurrentUser user) {
        records.campaign(campaignId, user);
        jurisdiction.requireCovers(user, unitId);
        return jdbc.sql(COUNT_COVERAGE_GAPS).param("openFile", CaseStatus.openFileNames())
                .param("campaignId", campaignId).param("subtree", organization.unit(unitId).path() + "%")
                .query(Long.class).single().intValue();
    }

    private List<CoverageGap> gaps(long campaignId, long unitId) {
        return jdbc.sql(LIST_COVERAGE_GAPS).param("openFile", CaseStatus.openFileNames())
                .param("campaignId", campaignId).param("subtree", organization.unit(unitId).path() + "%")
                .query((rs, n) -> new CoverageGap(rs.getLong("id"), rs.getString("case_no"), rs.getString("worker_name"),
                        rs.getLong("unit_id"), rs.getString("reason"))).list();
    }

    List<CoverageGap> openFiles(long campaignId, long unitId, CurrentUser user) {
        records.campaign(campaignId, user);
        jurisdiction.requireCovers(user, unitId);
        return jdbc.sql(LIST_OPEN_FILES_NOT_REGISTERED).param("openFile", CaseStatus.openFileNames())
                .param("subtree", organization.unit(unitId).path() + "%").param("campaignId", campaignId)
                .query((rs, n) -> new CoverageGap(rs.getLong("id"), rs.getString("case_no"), rs.getString("worker_name"),
                        rs.getLong("unit_id"), null)).list();
    }

    void exempt(long campaignId, long caseId, String reason, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        records.campaign(campaignId, user);
        List<FieldError> errors = new ArrayList<>();
        TextInput.required(errors, "reason", reason, 200);
        InvalidInputException.throwIfAny(errors);
        HardshipCase file = files.caseById(caseId);
        jurisdiction.requireCovers(user, file.unitId());
        requireStatus(records.participantOf(campaignId, file.unitId()), CampaignUnitStatus.REGISTERING);
        jdbc.sql(DELETE_EXEMPTION).param("campaignId", campaignId).param("caseId", caseId)
                .update();
        jdbc.sql(INSERT_EXEMPTION)
                .param("campaignId", campaignId).param("caseId", caseId).param("reason", reason.trim())
                .param("recordedBy", user.username()).param("recordedAt", OffsetDateTime.now(clock)).update();
        events.publishEvent(new CampaignPayeeExempted(user.username(), caseId, file.unitId(), campaignId,
                reason.trim()));
    }

    void submitRecipients(long campaignId, long unitId, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        jurisdiction.requireCovers(user, unitId);
        CampaignUnit unit = requireStatus(records.unit(campaignId, unitId, user), CampaignUnitStatus.REGISTERING);
        List<CoverageGap> missing = gaps(campaignId, unitId).stream().filter(g -> g.reason() == null).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(FieldError.of("coverage", "validation.campaign.coverageMissing",
                    missing.size(), missing.stream().limit(5).map(CoverageGap::caseNo).collect(Collectors.joining(", "))));
        }
        if (unit.recipients() == 0) {
            throw new InvalidInputException(FieldError.of("recipients", "validation.campaign.noRecipients"));
        }
        records.move(campaignId, unitId, CampaignUnitStatus.REGISTERING, CampaignUnitStatus.SUBMITTED, unit);
        jdbc.sql(MARK_SUBMITTED_BY)
                .param("submittedBy", user.username()).param("campaignId", campaignId).param("unitId", unitId).update();
        events.publishEvent(new CampaignRecipientsSubmitted(user.username(), unitId, campaignId, unit.recipients()));
    }

    /**
     * Who registered, exempted or submitted the recipients of a participating unit (its whole subtree): none of them
     * decides on those recipients.
     */
    private Set<String> registrants(long campaignId, long unitId) {
        String subtree = organization.unit(unitId).path() + "%";
        Set<String> people = new HashSet<>(jdbc.sql(LIST_REGISTRANTS)
                .param("campaignId", campaignId).param("subtree", subtree).query(String.class).list());
        people.addAll(jdbc.sql(LIST_EXEMPTERS)
                .param("campaignId", campaignId).param("subtree", subtree).query(String.class).list());
        jdbc.sql(FIND_SUBMITTER)
                .param("campaignId", campaignId).param("unitId", unitId)
                .query(String.class).optional().ifPresent(people::add);
        return people;
    }

    void approveRecipients(long campaignId, long unitId, boolean approve, String note, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.APPROVER);
        jurisdiction.requireCovers(user, unitId);
        CampaignUnit unit = requireStatus(records.unit(campaignId, unitId, user), CampaignUnitStatus.SUBMITTED);
        if (registrants(campaignId, unitId).contains(user.username())) {
            // four eyes: whoever registered, exempted or submitted the payees does not approve them
            throw new ForbiddenException("error.duties.recipientsRegistrant");
        }
        List<FieldError> errors = new ArrayList<>();
        TextInput.decisionNote(errors, approve, note, 500);
        InvalidInputException.throwIfAny(errors);
        int changed = jdbc.sql(DECIDE_RECIPIENTS)
                .param("status", approve ? "APPROVED" : "REGISTERING")
                .param("approvedBy", approve ? user.username() : null)
                .param("approvedAt", approve ? OffsetDateTime.now(clock) : null)
                .param("returnNote", approve ? null : note.trim()).param("campaignId", campaignId)
                .param("unitId", unitId)
                .update();
        if (changed == 0) {
            throw new ConflictException("error.campaign.unitState", unit.unitName(), unit.status());
        }
        events.publishEvent(approve
                ? new CampaignRecipientsApproved(user.username(), unitId, campaignId, unit.recipients())
                : new CampaignRecipientsReturned(user.username(), unitId, campaignId, unit.recipients(), note.trim()));
    }

    /** Every campaign action leaves an audit row: who, what (a CAMPAIGN_* code), the unit, the campaign and detail. */
}

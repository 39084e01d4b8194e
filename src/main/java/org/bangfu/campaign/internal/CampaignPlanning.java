package org.bangfu.campaign.internal;

import org.bangfu.campaign.CampaignApproved;
import org.bangfu.campaign.CampaignPlanned;
import org.bangfu.campaign.CampaignRejected;
import org.bangfu.campaign.CampaignSubmitted;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.bangfu.campaign.BudgetLine;
import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignStatus;
import org.bangfu.campaign.CampaignCommand;
import org.bangfu.campaign.CampaignGroupPlan;
import org.bangfu.campaign.CampaignTarget;
import org.bangfu.funds.FundAllocation;
import org.bangfu.funds.FundService;
import org.bangfu.funds.FundSource;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shared.Amounts;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * A campaign's plan (groups, participating units, budget), its submission and the organising unit's
 * decision on it.
 */
@Component
class CampaignPlanning {

    static final String INSERT_CAMPAIGN = """
            INSERT INTO campaign (name, kind, unit_id, fund_year, period_from, period_to, cutoff_date,
              report_deadline, status, planned_by, planned_at)
            VALUES (:name, :kind, :unitId, :fundYear, :periodFrom, :periodTo, :cutoffDate,
              :reportDeadline, 'DRAFT', :plannedBy, :plannedAt)""";
    static final String INSERT_GROUP = """
            INSERT INTO campaign_group (campaign_id, target, standard_min, standard_max, min_age)
            VALUES (:campaignId, :target, :standardMin, :standardMax, :minAge)""";
    static final String INSERT_UNIT = """
            INSERT INTO campaign_unit (campaign_id, unit_id, status) VALUES (:campaignId, :unitId, 'PLANNED')""";
    static final String INSERT_BUDGET_LINE = """
            INSERT INTO campaign_budget (campaign_id, unit_id, source, amount)
            VALUES (:campaignId, :unitId, :source, :amount)""";
    static final String SUBMIT_CAMPAIGN = """
            UPDATE campaign SET status = 'SUBMITTED', decided_by = NULL, decided_at = NULL, decision_note = NULL
            WHERE id = :campaignId AND status IN (:resubmittable)""";
    static final String ATTACH_PROCESS = """
            UPDATE campaign SET process_instance_id = :processInstanceId WHERE id = :campaignId""";
    static final String DECIDE_CAMPAIGN = """
            UPDATE campaign SET status = :status, decided_by = :decidedBy, decided_at = :decidedAt,
              decision_note = :note
            WHERE id = :campaignId AND status = 'SUBMITTED'""";

    private final JdbcClient jdbc;
    private final OrganizationService organization;
    private final Jurisdiction jurisdiction;
    private final CampaignRecords records;
    private final FundService funds;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CampaignPlanning(JdbcClient jdbc, OrganizationService organization, Jurisdiction jurisdiction,
                     CampaignRecords records, FundService funds, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.jurisdiction = jurisdiction;
        this.records = records;
        this.funds = funds;
        this.clock = clock;
        this.events = events;
    }

    Campaign plan(CampaignCommand c, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        List<FieldError> errors = new ArrayList<>();
        TextInput.required(errors, "name", c.name(), 100);
        if (c.kind() == null) {
            errors.add(FieldError.of("kind", "validation.required"));
        }
        if (c.fundYear() == null) {
            errors.add(FieldError.of("fundYear", "validation.required"));
        } else if (c.fundYear() < 2000 || c.fundYear() > 2100) {
            errors.add(FieldError.of("fundYear", "validation.campaign.fundYear"));
        }
        required(errors, "periodFrom", c.periodFrom());
        required(errors, "periodTo", c.periodTo());
        required(errors, "cutoffDate", c.cutoffDate());
        required(errors, "reportDeadline", c.reportDeadline());
        if (c.periodFrom() != null && c.periodTo() != null && c.periodTo().isBefore(c.periodFrom())) {
            errors.add(FieldError.of("periodTo", "validation.campaign.periodOrder"));
        }
        if (c.periodFrom() != null && c.reportDeadline() != null && c.reportDeadline().isBefore(c.periodFrom())) {
            errors.add(FieldError.of("reportDeadline", "validation.campaign.deadlineBeforePeriod"));
        }
        Set<Long> children = organization.children(user.unit().id()).stream().map(OrgUnit::id)
                .collect(Collectors.toSet());
        List<Long> unitIds = c.unitIds() == null ? List.of() : c.unitIds().stream().filter(Objects::nonNull)
                .distinct().toList();
        if (unitIds.isEmpty()) {
            errors.add(FieldError.of("units", "validation.campaign.noUnits"));
        } else if (!children.containsAll(unitIds)) {
            errors.add(FieldError.of("units", "validation.campaign.notAChild"));
        }
        List<CampaignGroupPlan> groups = c.groups() == null ? List.of() : c.groups();
        if (groups.isEmpty()) {
            errors.add(FieldError.of("groups", "validation.campaign.noGroups"));
        }
        Set<CampaignTarget> seen = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            CampaignGroupPlan g = groups.get(i);
            String field = "groups[" + i + "]";
            if (g == null || g.target() == null) {
                errors.add(FieldError.of(field, "validation.campaign.groupTarget"));
                continue;
            }
            if (!seen.add(g.target())) {
                errors.add(FieldError.of(field, "validation.campaign.groupTwice", g.target().name()));
            }
            if (g.standardMin() == null || g.standardMax() == null
                    || Amounts.problemWithNonNegative(g.standardMin()).isPresent()
                    || Amounts.problemWithPositive(g.standardMax()).isPresent()
                    || g.standardMax().compareTo(g.standardMin()) < 0) {
                errors.add(FieldError.of(field, "validation.campaign.standard", g.target().name()));
            }
            if (g.minAge() != null && (g.minAge() < 0 || g.minAge() > 120)) {
                errors.add(FieldError.of(field, "validation.campaign.minAge", g.target().name()));
            }
        }
        List<BudgetLine> budget = c.budget() == null ? List.of() : c.budget();
        Set<String> budgetSeen = new HashSet<>();
        for (int i = 0; i < budget.size(); i++) {
            BudgetLine b = budget.get(i);
            String field = "budget[" + i + "]";
            if (b == null || b.unitId() == null || !unitIds.contains(b.unitId())) {
                errors.add(FieldError.of(field, "validation.campaign.budgetUnit"));
                continue;
            }
            if (b.source() == null) {
                errors.add(FieldError.of(field, "validation.campaign.budgetSource"));
                continue;
            }
            if (!budgetSeen.add(b.unitId() + "/" + b.source())) {
                errors.add(FieldError.of(field, "validation.campaign.budgetTwice"));
            }
            Amounts.problemWithPositive(b.amount()).ifPresent(k -> errors.add(FieldError.of(field, k)));
        }
        InvalidInputException.throwIfAny(errors);

        OffsetDateTime now = OffsetDateTime.now(clock);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT_CAMPAIGN)
                .param("name", c.name().trim()).param("kind", c.kind().name()).param("unitId", user.unit().id())
                .param("fundYear", c.fundYear()).param("periodFrom", c.periodFrom()).param("periodTo", c.periodTo())
                .param("cutoffDate", c.cutoffDate()).param("reportDeadline", c.reportDeadline())
                .param("plannedBy", user.username()).param("plannedAt", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (CampaignGroupPlan g : groups) {
            jdbc.sql(INSERT_GROUP)
                    .param("campaignId", id).param("target", g.target().name()).param("standardMin", g.standardMin())
                    .param("standardMax", g.standardMax()).param("minAge", g.minAge()).update();
        }
        for (Long unitId : unitIds) {
            jdbc.sql(INSERT_UNIT)
                    .param("campaignId", id).param("unitId", unitId).update();
        }
        for (BudgetLine b : budget) {
            jdbc.sql(INSERT_BUDGET_LINE)
                    .param("campaignId", id).param("unitId", b.unitId()).param("source", b.source().name())
                    .param("amount", b.amount()).update();
        }
        events.publishEvent(new CampaignPlanned(user.username(), user.unit().id(), id, c.name().trim(),
                unitIds.size(), budget.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
        return records.campaign(id);
    }

    private static void required(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(FieldError.of(field, "validation.required"));
        }
    }

    void submit(long campaignId, CurrentUser user) {
        Campaign campaign = records.organisersOwn(campaignId, user, Role.CASE_WORKER, Role.APPROVER);
        int changed = jdbc.sql(SUBMIT_CAMPAIGN)
                .param("resubmittable", List.of(CampaignStatus.DRAFT.name(), CampaignStatus.REJECTED.name()))
                .param("campaignId", campaignId).update();
        if (changed == 0) {
            throw new ConflictException("error.campaign.state", campaign.name(), campaign.status());
        }
        events.publishEvent(new CampaignSubmitted(user.username(), campaign.unitId(), campaignId));
    }

    void attachProcess(long campaignId, String processInstanceId) {
        jdbc.sql(ATTACH_PROCESS).param("processInstanceId", processInstanceId).param("campaignId", campaignId)
                .update();
    }

    void decide(long campaignId, boolean approve, String note, CurrentUser user) {
        Campaign campaign = records.organisersOwn(campaignId, user, Role.APPROVER);
        if (user.username().equals(campaign.plannedBy())) {
            // four eyes: whoever planned the campaign (and its budget) does not approve it
            throw new ForbiddenException("error.duties.campaignPlanner");
        }
        List<FieldError> errors = new ArrayList<>();
        TextInput.decisionNote(errors, approve, note, 500);
        InvalidInputException.throwIfAny(errors);
        if (approve) {
            // the organising unit must hold the money it hands down, per source, in the campaign's fund year
            Map<FundSource, BigDecimal> needed = records.budget(campaignId).stream().collect(Collectors.groupingBy(
                    BudgetLine::source, Collectors.reducing(BigDecimal.ZERO, BudgetLine::amount, BigDecimal::add)));
            for (Map.Entry<FundSource, BigDecimal> need : needed.entrySet()) {
                BigDecimal available = available(campaign.unitId(), need.getKey(), campaign.fundYear());
                if (available.compareTo(need.getValue()) < 0) {
                    throw new InvalidInputException(FieldError.of("budget", "validation.campaign.budgetExceedsFunds",
                            need.getKey().name(), need.getValue().toPlainString(), available.toPlainString(),
                            String.valueOf(campaign.fundYear())));
                }
            }
        }
        int changed = jdbc.sql(DECIDE_CAMPAIGN)
                .param("status", approve ? "RUNNING" : "REJECTED").param("decidedBy", user.username())
                .param("decidedAt", OffsetDateTime.now(clock))
                .param("note", note == null || note.isBlank() ? null : note.trim()).param("campaignId", campaignId)
                .update();
        if (changed == 0) {
            throw new ConflictException("error.campaign.state", campaign.name(), campaign.status());
        }
        String decisionNote = note == null || note.isBlank() ? null : note.trim();
        events.publishEvent(approve
                ? new CampaignApproved(user.username(), campaign.unitId(), campaignId, decisionNote)
                : new CampaignRejected(user.username(), campaign.unitId(), campaignId, decisionNote));
    }

    private BigDecimal available(long unitId, FundSource source, int year) {
        return funds.allocations(unitId, source, year).stream().map(FundAllocation::available)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

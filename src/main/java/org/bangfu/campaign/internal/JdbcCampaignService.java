package org.bangfu.campaign.internal;

import org.bangfu.shared.PhoneNumbers;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bangfu.campaign.BudgetLine;
import org.bangfu.campaign.CampaignApproved;
import org.bangfu.campaign.CampaignBudgetHandedDown;
import org.bangfu.campaign.CampaignClosed;
import org.bangfu.campaign.CampaignPayeeExempted;
import org.bangfu.campaign.CampaignPayeeRegistered;
import org.bangfu.campaign.CampaignPayeeRemoved;
import org.bangfu.campaign.CampaignPaymentLinesCreated;
import org.bangfu.campaign.CampaignPlanned;
import org.bangfu.campaign.CampaignRecipientsApproved;
import org.bangfu.campaign.CampaignRecipientsReturned;
import org.bangfu.campaign.CampaignRecipientsSubmitted;
import org.bangfu.campaign.CampaignRejected;
import org.bangfu.campaign.CampaignReminded;
import org.bangfu.campaign.CampaignReportOverdue;
import org.bangfu.campaign.CampaignReported;
import org.bangfu.campaign.CampaignSubmitted;
import org.bangfu.campaign.CampaignVisitRecorded;
import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignCommand;
import org.bangfu.campaign.CampaignGroupPlan;
import org.bangfu.campaign.CampaignKind;
import org.bangfu.campaign.CampaignService;
import org.bangfu.campaign.CampaignStatus;
import org.bangfu.campaign.CampaignTarget;
import org.bangfu.campaign.CampaignUnit;
import org.bangfu.campaign.CampaignUnitStatus;
import org.bangfu.campaign.CoverageGap;
import org.bangfu.campaign.ModelWorkerService;
import org.bangfu.campaign.Recipient;
import org.bangfu.campaign.RecipientCommand;
import org.bangfu.campaign.RecipientOrigin;
import org.bangfu.funds.FundAllocation;
import org.bangfu.funds.FundService;
import org.bangfu.funds.FundSource;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.funds.PaymentService;
import org.bangfu.funds.PaymentStatus;
import org.bangfu.identification.AidType;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.PayeeAccount;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shared.Amounts;
import org.bangfu.shared.BankAccount;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldCipher;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.bangfu.shared.ResidentId;
import org.bangfu.shared.TextInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns on JDBC. Every change checks the state it starts from in its {@code UPDATE ... WHERE status = ?}, so a
 * repeated or out-of-order call changes nothing and is refused.
 */
@Service
class JdbcCampaignService implements CampaignService {

    /** Purpose of the payment lines of campaign gifts (shown on the batch screens). */
    static final String PURPOSE = "WARMTH";
    private static final String OPEN_DEEP = "c.grade = 'DEEP' AND c.status IN ('OPEN', 'RELIEVED')";

    private final JdbcClient jdbc;
    private final OrganizationService organization;
    private final Jurisdiction jurisdiction;
    private final IdentificationService files;
    private final PaymentService payments;
    private final FundService funds;
    private final ModelWorkerService modelWorkers;
    private final FieldCipher cipher;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    JdbcCampaignService(JdbcClient jdbc, OrganizationService organization, Jurisdiction jurisdiction,
                        IdentificationService files, PaymentService payments, FundService funds,
                        ModelWorkerService modelWorkers, FieldCipher cipher, Clock clock,
                        org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.organization = organization;
        this.jurisdiction = jurisdiction;
        this.files = files;
        this.payments = payments;
        this.funds = funds;
        this.modelWorkers = modelWorkers;
        this.cipher = cipher;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- plan and approval

    @Override
    @Transactional
    public Campaign plan(CampaignCommand c, CurrentUser user) {
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
        Set<Long> children = organization.allUnits().stream()
                .filter(u -> Objects.equals(u.parentId(), user.unit().id())).map(OrgUnit::id)
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
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO campaign (name, kind, unit_id, fund_year, period_from, period_to, cutoff_date, "
                        + "report_deadline, status, planned_by, planned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)")
                .params(c.name().trim(), c.kind().name(), user.unit().id(), c.fundYear(), c.periodFrom(), c.periodTo(),
                        c.cutoffDate(), c.reportDeadline(), user.username(), now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (CampaignGroupPlan g : groups) {
            jdbc.sql("INSERT INTO campaign_group (campaign_id, target, standard_min, standard_max, min_age) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(id, g.target().name(), g.standardMin(), g.standardMax(), g.minAge()).update();
        }
        for (Long unitId : unitIds) {
            jdbc.sql("INSERT INTO campaign_unit (campaign_id, unit_id, status) VALUES (?, ?, 'PLANNED')")
                    .params(id, unitId).update();
        }
        for (BudgetLine b : budget) {
            jdbc.sql("INSERT INTO campaign_budget (campaign_id, unit_id, source, amount) VALUES (?, ?, ?, ?)")
                    .params(id, b.unitId(), b.source().name(), b.amount()).update();
        }
        events.publishEvent(new CampaignPlanned(user.username(), user.unit().id(), id, c.name().trim(),
                unitIds.size(), budget.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
        return campaign(id);
    }

    private static void required(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(FieldError.of(field, "validation.required"));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Campaign campaign(long campaignId, CurrentUser user) {
        Campaign campaign = campaign(campaignId);
        requireSees(user, campaign);
        return campaign;
    }

    private void requireSees(CurrentUser user, Campaign campaign) {
        OrgUnit organiser = organization.unit(campaign.unitId());
        String mine = user.unit().path();
        if (!organiser.path().startsWith(mine) && !mine.startsWith(organiser.path())) {
            // the campaign is outside the caller's subtree: the refusal names nothing of it
            throw new ForbiddenException("error.duties.notVisible");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Campaign campaign(long campaignId) {
        Campaign bare = jdbc.sql("SELECT * FROM campaign WHERE id = ?").param(campaignId)
                .query((rs, n) -> row(rs, List.of())).optional()
                .orElseThrow(() -> new NotFoundException("error.campaign.notFound", campaignId));
        List<CampaignGroupPlan> groups = jdbc.sql("SELECT * FROM campaign_group WHERE campaign_id = ? ORDER BY id")
                .param(campaignId)
                .query((rs, n) -> new CampaignGroupPlan(CampaignTarget.valueOf(rs.getString("target")),
                        rs.getBigDecimal("standard_min"), rs.getBigDecimal("standard_max"),
                        (Integer) rs.getObject("min_age", Integer.class)))
                .list();
        return new Campaign(bare.id(), bare.name(), bare.kind(), bare.unitId(), bare.fundYear(), bare.periodFrom(),
                bare.periodTo(), bare.cutoffDate(), bare.reportDeadline(), bare.status(), bare.processInstanceId(),
                bare.plannedBy(), bare.plannedAt(), bare.decidedBy(), bare.decisionNote(), groups);
    }

    private static Campaign row(ResultSet rs, List<CampaignGroupPlan> groups) throws SQLException {
        return new Campaign(rs.getLong("id"), rs.getString("name"), CampaignKind.valueOf(rs.getString("kind")),
                rs.getLong("unit_id"), rs.getInt("fund_year"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getObject("cutoff_date", LocalDate.class),
                rs.getObject("report_deadline", LocalDate.class), CampaignStatus.valueOf(rs.getString("status")),
                rs.getString("process_instance_id"), rs.getString("planned_by"),
                rs.getObject("planned_at", OffsetDateTime.class), rs.getString("decided_by"),
                rs.getString("decision_note"), groups);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Campaign> campaigns(CurrentUser user) {
        String mine = user.unit().path();
        return jdbc.sql("SELECT c.* FROM campaign c JOIN org_unit u ON u.id = c.unit_id "
                        + "WHERE u.path LIKE ? OR ? LIKE u.path || '%' ORDER BY c.id DESC")
                .params(mine + "%", mine).query((rs, n) -> row(rs, List.of())).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<BudgetLine> budget(long campaignId) {
        return jdbc.sql("SELECT unit_id, source, amount FROM campaign_budget WHERE campaign_id = ? ORDER BY id")
                .param(campaignId)
                .query((rs, n) -> new BudgetLine(rs.getLong("unit_id"), FundSource.valueOf(rs.getString("source")),
                        rs.getBigDecimal("amount"))).list();
    }

    @Override
    @Transactional
    public void submit(long campaignId, CurrentUser user) {
        Campaign campaign = organisersOwn(campaignId, user, Role.CASE_WORKER, Role.APPROVER);
        int changed = jdbc.sql("UPDATE campaign SET status = 'SUBMITTED', decided_by = NULL, decided_at = NULL, "
                        + "decision_note = NULL WHERE id = ? AND status IN ('DRAFT', 'REJECTED')")
                .param(campaignId).update();
        if (changed == 0) {
            throw new ConflictException("error.campaign.state", campaign.name(), campaign.status());
        }
        events.publishEvent(new CampaignSubmitted(user.username(), campaign.unitId(), campaignId));
    }

    @Override
    @Transactional
    public void attachProcess(long campaignId, String processInstanceId) {
        jdbc.sql("UPDATE campaign SET process_instance_id = ? WHERE id = ?").params(processInstanceId, campaignId)
                .update();
    }

    @Override
    @Transactional
    public void decide(long campaignId, boolean approve, String note, CurrentUser user) {
        Campaign campaign = organisersOwn(campaignId, user, Role.APPROVER);
        if (user.username().equals(campaign.plannedBy())) {
            // four eyes: whoever planned the campaign (and its budget) does not approve it
            throw new ForbiddenException("error.duties.campaignPlanner");
        }
        List<FieldError> errors = new ArrayList<>();
        if (approve) {
            TextInput.optional(errors, "note", note, 500);
        } else {
            TextInput.required(errors, "note", note, 500);
        }
        InvalidInputException.throwIfAny(errors);
        if (approve) {
            // the organising unit must hold the money it hands down, per source, in the campaign's fund year
            Map<FundSource, BigDecimal> needed = budget(campaignId).stream().collect(Collectors.groupingBy(
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
        int changed = jdbc.sql("UPDATE campaign SET status = ?, decided_by = ?, decided_at = ?, decision_note = ? "
                        + "WHERE id = ? AND status = 'SUBMITTED'")
                .params(approve ? "RUNNING" : "REJECTED", user.username(), OffsetDateTime.now(clock),
                        note == null || note.isBlank() ? null : note.trim(), campaignId)
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

    @Override
    @Transactional
    public void handDownBudget(long campaignId, String actor) {
        Campaign campaign = campaign(campaignId);
        if (campaign.status() != CampaignStatus.RUNNING) {
            throw new ConflictException("error.campaign.state", campaign.name(), campaign.status());
        }
        OrgUnit organiser = organization.unit(campaign.unitId());
        // The approval of the campaign authorises the pass-downs; they are booked in the approver's name.
        CurrentUser booking = new CurrentUser(actor, actor, organiser, Set.of(Role.FINANCE));
        List<Map.Entry<Long, BudgetLine>> open = jdbc.sql("SELECT id, unit_id, source, amount FROM campaign_budget "
                        + "WHERE campaign_id = ? AND allocation_id IS NULL ORDER BY id FOR UPDATE")
                .param(campaignId)
                .query((rs, n) -> Map.entry(rs.getLong("id"), new BudgetLine(rs.getLong("unit_id"),
                        FundSource.valueOf(rs.getString("source")), rs.getBigDecimal("amount")))).list();
        for (Map.Entry<Long, BudgetLine> line : open) {
            BudgetLine b = line.getValue();
            BigDecimal rest = b.amount();
            Long last = null;
            for (FundAllocation parent : funds.allocations(organiser.id(), b.source(), campaign.fundYear())) {
                if (rest.signum() <= 0) {
                    break;
                }
                if (parent.available().signum() <= 0) {
                    continue;
                }
                BigDecimal take = rest.min(parent.available());
                last = funds.passDown(parent.id(), b.unitId(), take, booking).id();
                rest = rest.subtract(take);
            }
            if (rest.signum() > 0) {
                throw new ConflictException("error.funds.noneAvailable", b.amount().toPlainString(),
                        String.valueOf(campaign.fundYear()), organiser.name());
            }
            jdbc.sql("UPDATE campaign_budget SET allocation_id = ? WHERE id = ?").params(last, line.getKey()).update();
            events.publishEvent(new CampaignBudgetHandedDown(actor, b.unitId(), campaignId, b.source(), b.amount()));
        }
        jdbc.sql("UPDATE campaign_unit SET status = 'REGISTERING' WHERE campaign_id = ? AND status = 'PLANNED'")
                .param(campaignId).update();
    }

    private Campaign organisersOwn(long campaignId, CurrentUser user, Role... roles) {
        jurisdiction.requireAnyRole(user, roles);
        Campaign campaign = campaign(campaignId, user);
        if (campaign.unitId() != user.unit().id()) {
            throw new ForbiddenException("error.campaign.notOrganiser", campaign.name());
        }
        return campaign;
    }

    // ---------------------------------------------------------------- units

    @Override
    @Transactional(readOnly = true)
    public List<Long> unitIds(long campaignId) {
        return jdbc.sql("SELECT unit_id FROM campaign_unit WHERE campaign_id = ? ORDER BY id").param(campaignId)
                .query(Long.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CampaignUnit> units(long campaignId, CurrentUser user) {
        campaign(campaignId, user);
        return unitRows(campaignId, null);
    }

    @Override
    @Transactional(readOnly = true)
    public CampaignUnit unit(long campaignId, long unitId, CurrentUser user) {
        campaign(campaignId, user);
        return unitRows(campaignId, unitId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("error.campaign.unitNotFound", unitId));
    }

    private List<CampaignUnit> unitRows(long campaignId, Long unitId) {
        return jdbc.sql("SELECT cu.*, u.name AS unit_name, "
                        + "(SELECT COUNT(*) FROM campaign_recipient r JOIN org_unit ru ON ru.id = r.unit_id "
                        + "  WHERE r.campaign_id = cu.campaign_id AND ru.path LIKE u.path || '%') AS recipients, "
                        + "(SELECT COALESCE(SUM(r.cash), 0) FROM campaign_recipient r JOIN org_unit ru ON ru.id = r.unit_id "
                        + "  WHERE r.campaign_id = cu.campaign_id AND ru.path LIKE u.path || '%') AS cash, "
                        + "(SELECT COALESCE(SUM(r.goods_value), 0) FROM campaign_recipient r JOIN org_unit ru "
                        + "  ON ru.id = r.unit_id WHERE r.campaign_id = cu.campaign_id AND ru.path LIKE u.path || '%') AS goods, "
                        + "(SELECT COUNT(*) FROM hardship_case c JOIN org_unit cu2 ON cu2.id = c.unit_id "
                        + "  WHERE " + OPEN_DEEP + " AND cu2.path LIKE u.path || '%') AS deep_files, "
                        + "(SELECT COUNT(*) FROM hardship_case c JOIN org_unit cu2 ON cu2.id = c.unit_id "
                        + "  WHERE " + OPEN_DEEP + " AND cu2.path LIKE u.path || '%' AND EXISTS (SELECT 1 FROM "
                        + "  campaign_recipient r WHERE r.campaign_id = cu.campaign_id AND r.case_id = c.id)) AS covered, "
                        + "(SELECT COUNT(*) FROM hardship_case c JOIN org_unit cu2 ON cu2.id = c.unit_id "
                        + "  WHERE " + OPEN_DEEP + " AND cu2.path LIKE u.path || '%' AND NOT EXISTS (SELECT 1 FROM "
                        + "  campaign_recipient r WHERE r.campaign_id = cu.campaign_id AND r.case_id = c.id) AND EXISTS "
                        + "  (SELECT 1 FROM campaign_exemption e WHERE e.campaign_id = cu.campaign_id "
                        + "  AND e.case_id = c.id)) AS exempted "
                        + "FROM campaign_unit cu JOIN org_unit u ON u.id = cu.unit_id "
                        + "WHERE cu.campaign_id = ? AND cu.unit_id " + (unitId == null ? "IS NOT NULL" : "= ?")
                        + " ORDER BY u.code")
                .params(unitId == null ? List.of(campaignId) : List.of(campaignId, unitId))
                .query((rs, n) -> new CampaignUnit(rs.getLong("id"), campaignId, rs.getLong("unit_id"),
                        rs.getString("unit_name"), CampaignUnitStatus.valueOf(rs.getString("status")),
                        rs.getString("return_note"), rs.getString("report_text"), rs.getString("reported_by"),
                        rs.getObject("reported_at", OffsetDateTime.class), rs.getBoolean("late"),
                        rs.getInt("recipients"), rs.getBigDecimal("cash"), rs.getBigDecimal("goods"),
                        rs.getInt("deep_files"), rs.getInt("covered"), rs.getInt("exempted")))
                .list();
    }

    /** A participating unit and the step it is at. */
    private record Participant(long unitId, String unitName, String path, CampaignUnitStatus status) {
    }

    /** The participating unit whose subtree holds {@code unitId}. */
    private Participant participantOf(long campaignId, long unitId) {
        OrgUnit unit = organization.unit(unitId);
        return jdbc.sql("SELECT cu.unit_id, u.name, u.path, cu.status FROM campaign_unit cu "
                        + "JOIN org_unit u ON u.id = cu.unit_id WHERE cu.campaign_id = ? AND ? LIKE u.path || '%'")
                .params(campaignId, unit.path())
                .query((rs, n) -> new Participant(rs.getLong("unit_id"), rs.getString("name"), rs.getString("path"),
                        CampaignUnitStatus.valueOf(rs.getString("status"))))
                .optional()
                .orElseThrow(() -> new InvalidInputException(FieldError.of("unit", "validation.campaign.unitNotTakingPart",
                        unit.name())));
    }

    private static Participant requireStatus(Participant unit, CampaignUnitStatus... allowed) {
        requireStatus(unit.status(), unit.unitName(), allowed);
        return unit;
    }

    private static CampaignUnit requireStatus(CampaignUnit unit, CampaignUnitStatus... allowed) {
        requireStatus(unit.status(), unit.unitName(), allowed);
        return unit;
    }

    private static void requireStatus(CampaignUnitStatus status, String unitName, CampaignUnitStatus... allowed) {
        for (CampaignUnitStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new ConflictException("error.campaign.unitState", unitName, status);
    }

    // ---------------------------------------------------------------- recipients

    @Override
    @Transactional
    public Recipient register(long campaignId, long unitId, RecipientCommand c, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        Campaign campaign = campaign(campaignId, user);
        List<FieldError> errors = new ArrayList<>();
        if (c == null || c.target() == null) {
            throw new InvalidInputException(FieldError.of("target", "validation.required"));
        }
        RecipientOrigin origin = c.origin() == null ? RecipientOrigin.ENTERED : c.origin();
        long recipientUnit = unitId;
        String name;
        String residentId = null;
        String fileResidentId = null;
        String phone;
        BankAccount account = null;
        Long caseId = null;
        Long modelWorkerId = null;
        switch (origin) {
            case FILE -> {
                if (c.caseId() == null) {
                    throw new InvalidInputException(FieldError.of("caseId", "validation.required"));
                }
                HardshipCase file = files.caseById(c.caseId());
                jurisdiction.requireCovers(user, file.unitId());
                if (!file.status().isOpenFile()) {
                    throw new InvalidInputException(FieldError.of("caseId", "validation.campaign.fileNotOpen",
                            file.caseNo()));
                }
                if (c.target().organisation()) {
                    throw new InvalidInputException(FieldError.of("target", "validation.campaign.fileNotOrganisation"));
                }
                PayeeAccount payee = files.payee(file.id());
                caseId = file.id();
                recipientUnit = file.unitId();
                name = file.workerName();
                phone = payee.phone();
                account = payee.account();
                // the file's own resident ID (not copied onto the recipient): the payee key hashes it
                fileResidentId = cipher.decrypt(jdbc.sql("SELECT resident_id_enc FROM hardship_case WHERE id = ?")
                        .param(file.id()).query(String.class).single());
            }
            case MODEL_WORKER -> {
                if (c.modelWorkerId() == null) {
                    throw new InvalidInputException(FieldError.of("modelWorkerId", "validation.required"));
                }
                ModelWorkerService list = modelWorkers;
                jurisdiction.requireCovers(user, list.get(c.modelWorkerId()).unitId());
                ModelWorkerService.Payee payee = list.payee(c.modelWorkerId());
                modelWorkerId = c.modelWorkerId();
                recipientUnit = list.get(c.modelWorkerId()).unitId();
                name = payee.name();
                residentId = payee.residentId();
                phone = payee.phone();
                account = payee.account();
            }
            default -> {
                boolean organisation = c.target().organisation();
                TextInput.required(errors, "name", c.name(), organisation ? 100 : 50);
                if (!organisation) {
                    ResidentId.problemWith(c.residentId()).ifPresent(k -> errors.add(FieldError.of("residentId", k)));
                }
                if (!organisation || (c.phone() != null && !c.phone().isBlank())) {
                    if (c.phone() == null || c.phone().isBlank()) {
                        errors.add(FieldError.of("phone", "validation.required"));
                    } else if (!c.phone().trim().matches("1\\d{10}")) {
                        errors.add(FieldError.of("phone", "validation.phone.format"));
                    }
                }
                BigDecimal cash = c.cash() == null ? BigDecimal.ZERO : c.cash();
                if (cash.signum() > 0 || (c.accountNumber() != null && !c.accountNumber().isBlank())) {
                    errors.addAll(BankAccount.problems(c.accountNumber(), c.cardHolderName(), c.name(),
                            c.confirmNonCardAccount() || organisation));
                }
                name = c.name() == null ? null : c.name().trim();
                residentId = organisation || c.residentId() == null ? null : c.residentId().trim().toUpperCase();
                phone = c.phone() == null || c.phone().isBlank() ? null : c.phone().trim();
                if (errors.isEmpty() && c.accountNumber() != null && !c.accountNumber().isBlank()) {
                    account = BankAccount.of(c.accountNumber(), c.cardHolderName());
                }
            }
        }
        // the payee key holds the search hash of the resident ID: looked up under every configured key
        String hashedId = residentId != null ? residentId : fileResidentId;
        List<String> residentHashes = hashedId == null ? List.of() : cipher.searchHashes(hashedId);
        // amounts against the group's standard; cash needs an account
        BigDecimal cash = c.cash() == null ? BigDecimal.ZERO : c.cash();
        BigDecimal goods = c.goodsValue() == null ? BigDecimal.ZERO : c.goodsValue();
        Amounts.problemWithNonNegative(cash).ifPresent(k -> errors.add(FieldError.of("cash", k)));
        Amounts.problemWithNonNegative(goods).ifPresent(k -> errors.add(FieldError.of("goodsValue", k)));
        TextInput.optional(errors, "goodsNote", c.goodsNote(), 200);
        Optional<CampaignGroupPlan> group = campaign.group(c.target());
        if (group.isEmpty()) {
            errors.add(FieldError.of("target", "validation.campaign.notATargetGroup"));
        } else if (errors.isEmpty()) {
            BigDecimal total = cash.add(goods);
            if (total.signum() <= 0) {
                errors.add(FieldError.of("cash", "validation.campaign.nothingGiven"));
            } else if (total.compareTo(group.get().standardMin()) < 0 || total.compareTo(group.get().standardMax()) > 0) {
                errors.add(FieldError.of("cash", "validation.campaign.outsideStandard",
                        group.get().standardMin().toPlainString(), group.get().standardMax().toPlainString()));
            }
            Integer minAge = group.get().minAge();
            if (minAge != null && residentId != null
                    && new ResidentId(residentId).birthDate().plusYears(minAge).isAfter(campaign.cutoffDate())) {
                errors.add(FieldError.of(origin == RecipientOrigin.MODEL_WORKER ? "modelWorkerId" : "residentId",
                        "validation.campaign.tooYoung", minAge, campaign.cutoffDate()));
            }
        }
        if (cash.signum() > 0 && account == null && errors.isEmpty()) {
            errors.add(FieldError.of("bankCard", "validation.required"));
        }
        if (c.delegationId() != null) {
            Long delegationCampaign = jdbc.sql("SELECT campaign_id FROM delegation WHERE id = ?")
                    .param(c.delegationId()).query(Long.class).optional().orElse(null);
            if (!Objects.equals(delegationCampaign, campaignId)) {
                errors.add(FieldError.of("delegationId", "validation.campaign.delegationOther"));
            }
        }
        InvalidInputException.throwIfAny(errors);

        jurisdiction.requireCovers(user, recipientUnit);
        Participant participant = requireStatus(participantOf(campaignId, recipientUnit),
                CampaignUnitStatus.REGISTERING);
        // the unit's gifts in cash stay within the budget handed to it
        BigDecimal unitBudget = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM campaign_budget WHERE campaign_id = ? "
                + "AND unit_id = ?").params(campaignId, participant.unitId()).query(BigDecimal.class).single();
        BigDecimal registered = jdbc.sql("SELECT COALESCE(SUM(r.cash), 0) FROM campaign_recipient r "
                        + "JOIN org_unit u ON u.id = r.unit_id WHERE r.campaign_id = ? AND u.path LIKE ?")
                .params(campaignId, participant.path() + "%").query(BigDecimal.class).single();
        if (unitBudget.signum() > 0 && registered.add(cash).compareTo(unitBudget) > 0) {
            throw new InvalidInputException(FieldError.of("cash", "validation.campaign.overBudget",
                    unitBudget.toPlainString(), registered.toPlainString()));
        }
        String payeeKey = !residentHashes.isEmpty() ? "P:" + residentHashes.get(0)
                : "O:" + participant.unitId() + ":" + c.target().name() + ":" + name;
        List<String> payeeKeys = residentHashes.isEmpty() ? List.of(payeeKey)
                : residentHashes.stream().map(h -> "P:" + h).toList();
        Long existing = jdbc.sql("SELECT id FROM campaign_recipient WHERE campaign_id = :campaign AND payee_key IN (:keys)")
                .param("campaign", campaignId).param("keys", payeeKeys).query(Long.class).list().stream().findFirst()
                .orElse(null);
        if (existing != null) {
            throw new InvalidInputException(FieldError.of(origin == RecipientOrigin.FILE ? "caseId"
                    : origin == RecipientOrigin.MODEL_WORKER ? "modelWorkerId" : "residentId",
                    "validation.campaign.alreadyRecipient", name));
        }
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO campaign_recipient (campaign_id, unit_id, target, origin, case_id, model_worker_id, "
                        + "delegation_id, organisation, name, payee_key, resident_id_enc, resident_id_masked, phone_enc, "
                        + "phone_masked, "
                        + "card_holder_name, account_enc, account_last4, account_kind, cash, goods_value, goods_note, "
                        + "registered_by, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?)")
                .params(campaignId, recipientUnit, c.target().name(), origin.name(), caseId, modelWorkerId,
                        c.delegationId(), c.target().organisation(), name, payeeKey,
                        residentId == null ? null : cipher.encrypt(residentId),
                        residentId == null ? null : new ResidentId(residentId).masked(),
                        phone == null ? null : cipher.encrypt(phone), PhoneNumbers.masked(phone),
                        account == null ? null : account.holderName(),
                        account == null ? null : cipher.encrypt(account.number()),
                        account == null ? null : account.last4(), account == null ? null : account.kind().name(),
                        cash, goods, c.goodsNote() == null || c.goodsNote().isBlank() ? null : c.goodsNote().trim(),
                        user.username(), OffsetDateTime.now(clock))
                .update(keys, "id");
        events.publishEvent(new CampaignPayeeRegistered(user.username(), recipientUnit, campaignId,
                keys.getKey().longValue(), c.target(), origin, cash, goods));
        return recipientRow(keys.getKey().longValue());
    }

    @Override
    @Transactional
    public void removeRecipient(long recipientId, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        Recipient r = recipient(recipientId, user);
        jurisdiction.requireCovers(user, r.unitId());
        requireStatus(participantOf(r.campaignId(), r.unitId()), CampaignUnitStatus.REGISTERING);
        jdbc.sql("DELETE FROM campaign_recipient WHERE id = ? AND payment_id IS NULL").param(recipientId).update();
        events.publishEvent(new CampaignPayeeRemoved(user.username(), r.unitId(), r.campaignId(), recipientId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recipient> recipients(long campaignId, long unitId, CurrentUser user) {
        campaign(campaignId, user);
        jurisdiction.requireCovers(user, unitId);
        return jdbc.sql(RECIPIENTS + "JOIN org_unit u ON u.id = r.unit_id WHERE r.campaign_id = ? AND u.path LIKE ? "
                        + "ORDER BY r.id")
                .params(campaignId, organization.unit(unitId).path() + "%").query(this::recipient).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Recipient recipient(long recipientId, CurrentUser user) {
        Recipient r = recipientRow(recipientId);
        campaign(r.campaignId(), user);
        jurisdiction.requireCovers(user, r.unitId());
        return r;
    }

    private static final String RECIPIENTS = "SELECT r.*, p.idempotency_key, p.status AS payment_status "
            + "FROM campaign_recipient r LEFT JOIN payment_record p ON p.id = r.payment_id ";

    private Recipient recipientRow(long id) {
        return jdbc.sql(RECIPIENTS + "WHERE r.id = ?").param(id).query(this::recipient).optional()
                .orElseThrow(() -> new NotFoundException("error.campaign.recipientNotFound", id));
    }

    private Recipient recipient(ResultSet rs, int n) throws SQLException {
        String status = rs.getString("payment_status");
        return new Recipient(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("unit_id"),
                CampaignTarget.valueOf(rs.getString("target")), RecipientOrigin.valueOf(rs.getString("origin")),
                (Long) rs.getObject("case_id", Long.class), (Long) rs.getObject("model_worker_id", Long.class),
                (Long) rs.getObject("delegation_id", Long.class), rs.getBoolean("organisation"), rs.getString("name"),
                rs.getString("resident_id_masked"), rs.getString("account_last4"), rs.getBigDecimal("cash"),
                rs.getBigDecimal("goods_value"), rs.getString("goods_note"), rs.getString("idempotency_key"),
                status == null ? null : PaymentStatus.valueOf(status), rs.getObject("visited_on", LocalDate.class),
                rs.getString("visited_by"), rs.getString("visit_note"));
    }

    // ---------------------------------------------------------------- coverage

    @Override
    @Transactional(readOnly = true)
    public List<CoverageGap> coverage(long campaignId, long unitId, CurrentUser user) {
        campaign(campaignId, user);
        jurisdiction.requireCovers(user, unitId);
        return gaps(campaignId, unitId);
    }

    private List<CoverageGap> gaps(long campaignId, long unitId) {
        return jdbc.sql("SELECT c.id, c.case_no, c.worker_name, c.unit_id, e.reason FROM hardship_case c "
                        + "JOIN org_unit u ON u.id = c.unit_id "
                        + "LEFT JOIN campaign_exemption e ON e.campaign_id = ? AND e.case_id = c.id "
                        + "WHERE " + OPEN_DEEP + " AND u.path LIKE ? AND NOT EXISTS (SELECT 1 FROM campaign_recipient r "
                        + "WHERE r.campaign_id = ? AND r.case_id = c.id) ORDER BY c.case_no")
                .params(campaignId, organization.unit(unitId).path() + "%", campaignId)
                .query((rs, n) -> new CoverageGap(rs.getLong("id"), rs.getString("case_no"), rs.getString("worker_name"),
                        rs.getLong("unit_id"), rs.getString("reason"))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CoverageGap> openFiles(long campaignId, long unitId, CurrentUser user) {
        campaign(campaignId, user);
        jurisdiction.requireCovers(user, unitId);
        return jdbc.sql("SELECT c.id, c.case_no, c.worker_name, c.unit_id FROM hardship_case c "
                        + "JOIN org_unit u ON u.id = c.unit_id WHERE c.status IN ('OPEN', 'RELIEVED') AND u.path LIKE ? "
                        + "AND NOT EXISTS (SELECT 1 FROM campaign_recipient r WHERE r.campaign_id = ? AND r.case_id = c.id) "
                        + "ORDER BY c.case_no")
                .params(organization.unit(unitId).path() + "%", campaignId)
                .query((rs, n) -> new CoverageGap(rs.getLong("id"), rs.getString("case_no"), rs.getString("worker_name"),
                        rs.getLong("unit_id"), null)).list();
    }

    @Override
    @Transactional
    public void exempt(long campaignId, long caseId, String reason, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        campaign(campaignId, user);
        List<FieldError> errors = new ArrayList<>();
        TextInput.required(errors, "reason", reason, 200);
        InvalidInputException.throwIfAny(errors);
        HardshipCase file = files.caseById(caseId);
        jurisdiction.requireCovers(user, file.unitId());
        requireStatus(participantOf(campaignId, file.unitId()), CampaignUnitStatus.REGISTERING);
        jdbc.sql("DELETE FROM campaign_exemption WHERE campaign_id = ? AND case_id = ?").params(campaignId, caseId)
                .update();
        jdbc.sql("INSERT INTO campaign_exemption (campaign_id, case_id, reason, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(campaignId, caseId, reason.trim(), user.username(), OffsetDateTime.now(clock)).update();
        events.publishEvent(new CampaignPayeeExempted(user.username(), caseId, file.unitId(), campaignId,
                reason.trim()));
    }

    @Override
    @Transactional
    public void submitRecipients(long campaignId, long unitId, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        jurisdiction.requireCovers(user, unitId);
        CampaignUnit unit = requireStatus(unit(campaignId, unitId, user), CampaignUnitStatus.REGISTERING);
        List<CoverageGap> missing = gaps(campaignId, unitId).stream().filter(g -> g.reason() == null).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(FieldError.of("coverage", "validation.campaign.coverageMissing",
                    missing.size(), missing.stream().limit(5).map(CoverageGap::caseNo).collect(Collectors.joining(", "))));
        }
        if (unit.recipients() == 0) {
            throw new InvalidInputException(FieldError.of("recipients", "validation.campaign.noRecipients"));
        }
        move(campaignId, unitId, CampaignUnitStatus.REGISTERING, CampaignUnitStatus.SUBMITTED, unit);
        jdbc.sql("UPDATE campaign_unit SET submitted_by = ? WHERE campaign_id = ? AND unit_id = ?")
                .params(user.username(), campaignId, unitId).update();
        events.publishEvent(new CampaignRecipientsSubmitted(user.username(), unitId, campaignId, unit.recipients()));
    }

    /**
     * Who registered, exempted or submitted the recipients of a participating unit (its whole subtree): none of them
     * decides on those recipients.
     */
    private Set<String> registrants(long campaignId, long unitId) {
        String subtree = organization.unit(unitId).path() + "%";
        Set<String> people = new HashSet<>(jdbc.sql("SELECT r.registered_by FROM campaign_recipient r "
                        + "JOIN org_unit u ON u.id = r.unit_id WHERE r.campaign_id = ? AND u.path LIKE ?")
                .params(campaignId, subtree).query(String.class).list());
        people.addAll(jdbc.sql("SELECT e.recorded_by FROM campaign_exemption e JOIN hardship_case c ON c.id = e.case_id "
                        + "JOIN org_unit u ON u.id = c.unit_id WHERE e.campaign_id = ? AND u.path LIKE ?")
                .params(campaignId, subtree).query(String.class).list());
        jdbc.sql("SELECT submitted_by FROM campaign_unit WHERE campaign_id = ? AND unit_id = ?")
                .params(campaignId, unitId).query(String.class).optional().ifPresent(people::add);
        return people;
    }

    @Override
    @Transactional
    public void approveRecipients(long campaignId, long unitId, boolean approve, String note, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.APPROVER);
        jurisdiction.requireCovers(user, unitId);
        CampaignUnit unit = requireStatus(unit(campaignId, unitId, user), CampaignUnitStatus.SUBMITTED);
        if (registrants(campaignId, unitId).contains(user.username())) {
            // four eyes: whoever registered, exempted or submitted the payees does not approve them
            throw new ForbiddenException("error.duties.recipientsRegistrant");
        }
        List<FieldError> errors = new ArrayList<>();
        if (approve) {
            TextInput.optional(errors, "note", note, 500);
        } else {
            TextInput.required(errors, "note", note, 500);
        }
        InvalidInputException.throwIfAny(errors);
        int changed = jdbc.sql("UPDATE campaign_unit SET status = ?, approved_by = ?, approved_at = ?, return_note = ? "
                        + "WHERE campaign_id = ? AND unit_id = ? AND status = 'SUBMITTED'")
                .params(approve ? "APPROVED" : "REGISTERING", approve ? user.username() : null,
                        approve ? OffsetDateTime.now(clock) : null, approve ? null : note.trim(), campaignId, unitId)
                .update();
        if (changed == 0) {
            throw new ConflictException("error.campaign.unitState", unit.unitName(), unit.status());
        }
        events.publishEvent(approve
                ? new CampaignRecipientsApproved(user.username(), unitId, campaignId, unit.recipients())
                : new CampaignRecipientsReturned(user.username(), unitId, campaignId, unit.recipients(), note.trim()));
    }

    @Override
    @Transactional
    public int payRecipients(long campaignId, long unitId, String actor) {
        CampaignUnit unit = unitRows(campaignId, unitId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("error.campaign.unitNotFound", unitId));
        if (unit.status() == CampaignUnitStatus.VISITING || unit.status() == CampaignUnitStatus.REPORTED) {
            return 0;
        }
        requireStatus(unit, CampaignUnitStatus.APPROVED);
        String by = actor != null ? actor : jdbc.sql("SELECT approved_by FROM campaign_unit WHERE campaign_id = ? "
                + "AND unit_id = ?").params(campaignId, unitId).query(String.class).single();
        List<Map<String, Object>> due = jdbc.sql("SELECT r.* FROM campaign_recipient r JOIN org_unit u "
                        + "ON u.id = r.unit_id WHERE r.campaign_id = ? AND u.path LIKE ? AND r.cash > 0 "
                        + "AND r.payment_id IS NULL ORDER BY r.id")
                .params(campaignId, organization.unit(unitId).path() + "%").query().listOfRows();
        // the campaign is paid from its own fund year's money, handed down with the budget
        int year = campaign(campaignId).fundYear();
        int lines = 0;
        for (Map<String, Object> r : due) {
            long id = ((Number) r.get("id")).longValue();
            String key = "camp-" + id;
            BigDecimal cash = (BigDecimal) r.get("cash");
            PaymentRecord line;
            if (r.get("case_id") != null) {
                line = payments.approveGrant(((Number) r.get("case_id")).longValue(), PURPOSE, AidType.LIVING, cash,
                        key, by, year);
            } else {
                BankAccount account = new BankAccount(cipher.decrypt((String) r.get("account_enc")),
                        (String) r.get("card_holder_name"), BankAccount.Kind.valueOf((String) r.get("account_kind")));
                line = payments.approvePayeeGrant(new PaymentService.PayeeGrant(((Number) r.get("unit_id")).longValue(),
                        campaignId, (String) r.get("name"),
                        r.get("phone_enc") == null ? null : cipher.decrypt((String) r.get("phone_enc")), account, PURPOSE, AidType.LIVING,
                        cash, key, by, year));
            }
            jdbc.sql("UPDATE campaign_recipient SET payment_id = ? WHERE id = ?").params(line.id(), id).update();
            lines++;
        }
        move(campaignId, unitId, CampaignUnitStatus.APPROVED, CampaignUnitStatus.VISITING, unit);
        events.publishEvent(new CampaignPaymentLinesCreated(by, unitId, campaignId, lines));
        return lines;
    }

    @Override
    @Transactional
    public void recordVisit(long recipientId, LocalDate visitedOn, String note, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        Recipient r = recipient(recipientId, user);
        Campaign campaign = campaign(r.campaignId());
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
        requireStatus(participantOf(r.campaignId(), r.unitId()), CampaignUnitStatus.VISITING);
        jdbc.sql("UPDATE campaign_recipient SET visited_on = ?, visited_by = ?, visit_note = ? WHERE id = ?")
                .params(visitedOn, user.username(), note == null || note.isBlank() ? null : note.trim(), recipientId)
                .update();
        events.publishEvent(new CampaignVisitRecorded(user.username(), r.unitId(), r.campaignId(), recipientId,
                visitedOn));
    }

    @Override
    @Transactional
    public void submitReport(long campaignId, long unitId, String text, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        jurisdiction.requireCovers(user, unitId);
        CampaignUnit unit = requireStatus(unit(campaignId, unitId, user), CampaignUnitStatus.VISITING);
        List<FieldError> errors = new ArrayList<>();
        TextInput.required(errors, "reportText", text, 4000);
        InvalidInputException.throwIfAny(errors);
        // full coverage: every deep-hardship file registered for the campaign has its visit record
        List<String> notVisited = jdbc.sql("SELECT r.name FROM campaign_recipient r JOIN org_unit u ON u.id = r.unit_id "
                        + "JOIN hardship_case c ON c.id = r.case_id WHERE r.campaign_id = ? AND u.path LIKE ? "
                        + "AND c.grade = 'DEEP' AND r.visited_on IS NULL ORDER BY r.id")
                .params(campaignId, organization.unit(unitId).path() + "%").query(String.class).list();
        if (!notVisited.isEmpty()) {
            throw new InvalidInputException(FieldError.of("reportText", "validation.campaign.notVisited",
                    notVisited.size(), String.join(", ", notVisited.subList(0, Math.min(5, notVisited.size())))));
        }
        Campaign campaign = campaign(campaignId);
        boolean late = LocalDate.now(clock).isAfter(campaign.reportDeadline());
        int changed = jdbc.sql("UPDATE campaign_unit SET status = 'REPORTED', report_text = ?, reported_by = ?, "
                        + "reported_at = ?, late = (late OR ?) WHERE campaign_id = ? AND unit_id = ? AND status = 'VISITING'")
                .params(text.trim(), user.username(), OffsetDateTime.now(clock), late, campaignId, unitId).update();
        if (changed == 0) {
            throw new ConflictException("error.campaign.unitState", unit.unitName(), unit.status());
        }
        events.publishEvent(new CampaignReported(user.username(), unitId, campaignId, late));
    }

    @Override
    @Transactional
    public void remind(long campaignId, long unitId) {
        jdbc.sql("UPDATE campaign_unit SET reminded_at = ? WHERE campaign_id = ? AND unit_id = ?")
                .params(OffsetDateTime.now(clock), campaignId, unitId).update();
        events.publishEvent(new CampaignReminded(unitId, campaignId));
    }

    @Override
    @Transactional
    public void markOverdue(long campaignId, long unitId) {
        jdbc.sql("UPDATE campaign_unit SET late = TRUE, escalated_at = ? WHERE campaign_id = ? AND unit_id = ? "
                        + "AND status <> 'REPORTED'")
                .params(OffsetDateTime.now(clock), campaignId, unitId).update();
        events.publishEvent(new CampaignReportOverdue(unitId, campaignId));
    }

    @Override
    @Transactional
    public void close(long campaignId) {
        int closed = jdbc.sql("UPDATE campaign SET status = 'CLOSED', closed_at = ? WHERE id = ? AND status = 'RUNNING'")
                .params(OffsetDateTime.now(clock), campaignId).update();
        if (closed > 0) {
            events.publishEvent(new CampaignClosed(campaign(campaignId).unitId(), campaignId));
        }
    }

    private void move(long campaignId, long unitId, CampaignUnitStatus from, CampaignUnitStatus to, CampaignUnit unit) {
        int changed = jdbc.sql("UPDATE campaign_unit SET status = ? WHERE campaign_id = ? AND unit_id = ? AND status = ?")
                .params(to.name(), campaignId, unitId, from.name()).update();
        if (changed == 0) {
            throw new ConflictException("error.campaign.unitState", unit.unitName(), unit.status());
        }
    }
}

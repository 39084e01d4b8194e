package org.bangfu.approval.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bangfu.approval.AidCap;
import org.bangfu.approval.AidDecided;
import org.bangfu.approval.AidRequest;
import org.bangfu.approval.AidRequestCommand;
import org.bangfu.approval.AidRequested;
import org.bangfu.approval.AidResubmitted;
import org.bangfu.approval.AidService;
import org.bangfu.approval.AidStatus;
import org.bangfu.approval.AidWithdrawn;
import org.bangfu.approval.ApprovalStep;
import org.bangfu.approval.ApprovalTierEvaluator;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.EmergencyAidRequested;
import org.bangfu.approval.Outcome;
import org.bangfu.approval.SchoolLevel;
import org.bangfu.approval.Subject;
import org.bangfu.approval.Tier;
import org.bangfu.grading.GradingService;
import org.bangfu.identification.AidType;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.Household;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.MemberStatus;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.settings.RuleSettings;
import org.bangfu.settings.SettingKeys;
import org.bangfu.shared.Amounts;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.bangfu.shared.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAidService implements AidService {

    private final JdbcClient jdbc;
    private final Decisions decisions;
    private final DutySeparation duties;
    private final IdentificationService files;
    private final OrganizationService organization;
    private final GradingService grading;
    private final RuleSettings settings;
    private final ApprovalTierEvaluator tiers;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcAidService(JdbcClient jdbc, Decisions decisions, DutySeparation duties, IdentificationService files,
                   OrganizationService organization,
                   GradingService grading, RuleSettings settings, ApprovalTierEvaluator tiers,
                   Jurisdiction jurisdiction, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.duties = duties;
        this.files = files;
        this.organization = organization;
        this.grading = grading;
        this.settings = settings;
        this.tiers = tiers;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.clock = clock;
    }

    private HardshipCase workable(long caseId, CurrentUser user) {
        HardshipCase c = files.caseById(caseId);
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER);
        jurisdiction.requireCovers(user, c.unitId());
        return c;
    }

    @Override
    @Transactional
    public AidRequest request(AidRequestCommand command, CurrentUser user) {
        HardshipCase c = workable(command.caseId(), user);
        if (!c.status().isOpenFile()) {
            throw new ConflictException("error.fileNotOpen", c.caseNo());
        }
        List<FieldError> errors = new ArrayList<>();
        if (command.aidType() == null) {
            errors.add(FieldError.of("aidType", "validation.required"));
        }
        Amounts.problemWithPositive(command.amount()).ifPresent(k -> errors.add(FieldError.of("amount", k)));
        purpose(errors, command.purpose());
        if (command.aidType() == AidType.MEDICAL) {
            Amounts.problemWithPositive(command.outOfPocket())
                    .ifPresent(k -> errors.add(FieldError.of("outOfPocket", k)));
        }
        if (command.aidType() == AidType.EDUCATION && command.schoolLevel() == null) {
            errors.add(FieldError.of("schoolLevel", "validation.required"));
        }
        InvalidInputException.throwIfAny(errors);
        checkCaps(c, command.aidType(), command.amount(), command.outOfPocket(), command.schoolLevel(), null);
        Tier tier = tiers.requiredTier(command.amount(), c.grade());
        long id = insert(c, command.aidType(), command.amount(), command.outOfPocket(), command.schoolLevel(),
                command.purpose().trim(), false, tier, user);
        return aidRequest(id);
    }

    @Override
    @Transactional
    public AidRequest requestEmergency(long caseId, BigDecimal amount, String purpose, CurrentUser user) {
        HardshipCase c = workable(caseId, user);
        if (c.status() != CaseStatus.EMERGENCY) {
            throw new ConflictException("error.notTemporaryFile", c.caseNo());
        }
        List<FieldError> errors = new ArrayList<>();
        Amounts.problemWithPositive(amount).ifPresent(k -> errors.add(FieldError.of("amount", k)));
        purpose(errors, purpose);
        if (errors.isEmpty()) {
            BigDecimal max = setting(c, SettingKeys.EMERGENCY_MAX_AMOUNT);
            if (amount.compareTo(max) > 0) {
                errors.add(FieldError.of("amount", "validation.aid.overEmergencyCap", max));
            }
        }
        InvalidInputException.throwIfAny(errors);
        if (requests(caseId).stream().anyMatch(r -> r.emergency() && r.status().isCounted())) {
            throw new ConflictException("error.emergencyAlreadyRequested", c.caseNo());
        }
        return aidRequest(insert(c, AidType.LIVING, amount, null, null, purpose.trim(), true, Tier.COUNTY, user));
    }

    private static void purpose(List<FieldError> errors, String purpose) {
        TextInput.required(errors, "purpose", purpose, 500);
    }

    private long insert(HardshipCase c, AidType type, BigDecimal amount, BigDecimal outOfPocket, SchoolLevel level,
                        String purpose, boolean emergency, Tier tier, CurrentUser user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO aid_request (case_id, aid_type, amount, aid_year, out_of_pocket, school_level, purpose, "
                        + "emergency, status, required_tier, requested_by, requested_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.id(), type.name(), amount.setScale(2), year(), outOfPocket == null ? null
                                : outOfPocket.setScale(2), level == null ? null : level.name(), purpose, emergency,
                        AidStatus.PENDING.name(), tier.name(), user.username(), OffsetDateTime.now(clock))
                .update(keys, "id");
        events.publishEvent(emergency
                ? new EmergencyAidRequested(user.username(), c.id(), c.unitId(), type, amount.setScale(2), tier)
                : new AidRequested(user.username(), c.id(), c.unitId(), type, amount.setScale(2), tier));
        return keys.getKey().longValue();
    }

    /** Refuses an amount over the type's remaining cap, a second type for a relative household, or over the accident cap. */
    private void checkCaps(HardshipCase c, AidType type, BigDecimal amount, BigDecimal outOfPocket,
                           SchoolLevel level, Long excludedRequest) {
        List<AidRequest> thisYear = requests(c.id()).stream()
                .filter(r -> r.year() == year() && r.status().isCounted() && !r.emergency())
                .filter(r -> excludedRequest == null || r.id() != excludedRequest).toList();
        if ("RELATIVE".equals(c.grade())) {
            int allowed = settings.integer(SettingKeys.RELATIVE_AID_TYPES_PER_YEAR, division(c), today());
            List<AidType> types = thisYear.stream().map(AidRequest::aidType).distinct().toList();
            if (!types.contains(type) && types.size() >= allowed) {
                throw new InvalidInputException(FieldError.of("aidType", "validation.aid.oneTypePerYear",
                        types.get(0).name()));
            }
        }
        AidCap cap = cap(c, type, outOfPocket, level, thisYear);
        if (amount.compareTo(cap.remaining()) > 0) {
            throw new InvalidInputException(FieldError.of("amount", "validation.aid.overCap",
                    cap.cap().toPlainString(), cap.granted().toPlainString(), cap.remaining().toPlainString()));
        }
        if ("ACCIDENT".equals(c.grade())) {
            BigDecimal all = thisYear.stream().map(AidRequest::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal accidentCap = CapRules.accidentCap(household(c).hardshipCosts(), key -> setting(c, key));
            if (all.add(amount).compareTo(accidentCap) > 0) {
                throw new InvalidInputException(FieldError.of("amount", "validation.aid.overAccidentCap",
                        accidentCap.toPlainString(), all.toPlainString()));
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public AidCap cap(long caseId, AidType type, BigDecimal outOfPocket, SchoolLevel schoolLevel) {
        HardshipCase c = files.caseById(caseId);
        List<AidRequest> thisYear = requests(caseId).stream()
                .filter(r -> r.year() == year() && r.status().isCounted() && !r.emergency()).toList();
        return cap(c, type, outOfPocket, schoolLevel, thisYear);
    }

    private AidCap cap(HardshipCase c, AidType type, BigDecimal outOfPocket, SchoolLevel level,
                       List<AidRequest> thisYear) {
        BigDecimal cap = CapRules.cap(type, household(c), outOfPocket, level, key -> setting(c, key));
        BigDecimal granted = thisYear.stream().filter(r -> r.aidType() == type).map(AidRequest::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        return new AidCap(cap, granted, cap.subtract(granted).max(BigDecimal.ZERO).setScale(2));
    }

    private CapRules.Household household(HardshipCase c) {
        Household h = files.household(c.id());
        int students = (int) h.members().stream()
                .filter(m -> m.status() == MemberStatus.STUDENT || m.status() == MemberStatus.PRESCHOOL).count();
        BigDecimal costs = h.profile() == null || h.profile().hardshipCosts() == null ? BigDecimal.ZERO
                : h.profile().hardshipCosts();
        BigDecimal dibao = grading.livingStandard(division(c), year()).monthlyAmount();
        return new CapRules.Household(c.grade() == null ? "DEEP" : c.grade(), dibao, c.householdSize(), students,
                costs);
    }

    private BigDecimal setting(HardshipCase c, String key) {
        return settings.decimal(key, division(c), today());
    }

    private String division(HardshipCase c) {
        return organization.unit(c.unitId()).divisionCode();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private int year() {
        return today().getYear();
    }

    @Override
    @Transactional(readOnly = true)
    public AidRequest aidRequest(long requestId) {
        return jdbc.sql("SELECT * FROM aid_request WHERE id = ?").param(requestId).query(JdbcAidService::row)
                .optional().orElseThrow(() -> new NotFoundException("error.aidRequestNotFound", requestId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AidRequest> requests(long caseId) {
        return jdbc.sql("SELECT * FROM aid_request WHERE case_id = ? ORDER BY id").param(caseId)
                .query(JdbcAidService::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Tier> nextTier(long requestId) {
        AidRequest request = aidRequest(requestId);
        List<ApprovalStep> round = currentRound(requestId);
        for (Tier tier : Tier.values()) {
            if (tier.ordinal() > request.requiredTier().ordinal()) {
                break;
            }
            boolean approved = round.stream().anyMatch(s -> s.tier() == tier && s.outcome() == Outcome.APPROVED);
            if (!approved) {
                return Optional.of(tier);
            }
        }
        return Optional.empty();
    }

    /** Steps since the last return: a resubmitted request goes through every tier again. */
    private List<ApprovalStep> currentRound(long requestId) {
        List<ApprovalStep> all = decisions.steps(Subject.AID, requestId);
        int start = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).outcome() == Outcome.RETURNED) {
                start = i + 1;
            }
        }
        return all.subList(start, all.size());
    }

    @Override
    @Transactional(readOnly = true)
    public void checkMayDecide(long requestId, Tier tier, CurrentUser approver) {
        decidable(aidRequest(requestId), tier, approver);
    }

    private HardshipCase decidable(AidRequest request, Tier tier, CurrentUser approver) {
        HardshipCase c = decisions.checkApprover(request.caseId(), tier, approver,
                duties.touchedAidRequest(request.caseId(), request.id(), request.requestedBy(),
                        currentRound(request.id())));
        if (request.status() != AidStatus.PENDING || nextTier(request.id()).filter(tier::equals).isEmpty()) {
            throw new ConflictException("error.notAwaitingApproval", c.caseNo());
        }
        return c;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, java.util.Set<String>> touchedRequests(java.util.Collection<Long> requestIds) {
        return duties.touchedAidRequests(requestIds);
    }

    @Override
    @Transactional
    public ApprovalStep decide(long requestId, Tier tier, DecisionCommand command, CurrentUser approver) {
        AidRequest request = aidRequest(requestId);
        HardshipCase c = decidable(request, tier, approver);
        Decisions.validate(command);
        ApprovalStep step = decisions.record(Subject.AID, requestId, c, tier, command, request.amount(), approver);
        AidStatus next = switch (command.outcome()) {
            case APPROVED -> nextTier(requestId).isEmpty() ? AidStatus.APPROVED : AidStatus.PENDING;
            case REJECTED -> AidStatus.REJECTED;
            case RETURNED -> AidStatus.RETURNED;
        };
        jdbc.sql("UPDATE aid_request SET status = ?, decided_at = ? WHERE id = ?")
                .params(next.name(), next == AidStatus.PENDING ? null : OffsetDateTime.now(clock), requestId).update();
        events.publishEvent(new AidDecided(approver.username(), c.id(), c.unitId(), command.outcome(), tier,
                request.aidType(), request.amount(), step.reason()));
        return step;
    }

    @Override
    @Transactional
    public AidRequest resubmit(long requestId, BigDecimal amount, String purpose, CurrentUser user) {
        AidRequest request = aidRequest(requestId);
        HardshipCase c = workable(request.caseId(), user);
        if (request.status() != AidStatus.RETURNED) {
            throw new ConflictException("error.wrongCaseStatus", c.caseNo(), request.status().name());
        }
        List<FieldError> errors = new ArrayList<>();
        Amounts.problemWithPositive(amount).ifPresent(k -> errors.add(FieldError.of("amount", k)));
        purpose(errors, purpose);
        InvalidInputException.throwIfAny(errors);
        if (!request.emergency()) {
            checkCaps(c, request.aidType(), amount, request.outOfPocket(), request.schoolLevel(), requestId);
        }
        Tier tier = request.emergency() ? Tier.COUNTY : tiers.requiredTier(amount, c.grade());
        jdbc.sql("UPDATE aid_request SET amount = ?, purpose = ?, required_tier = ?, status = ? WHERE id = ?")
                .params(amount.setScale(2), purpose.trim(), tier.name(), AidStatus.PENDING.name(), requestId).update();
        // whoever revised the returned request may not approve it on any tier
        duties.recordOnAidRequest(requestId, user.username(), "REVISED");
        events.publishEvent(new AidResubmitted(user.username(), c.id(), c.unitId(), amount.setScale(2), tier));
        return aidRequest(requestId);
    }

    @Override
    @Transactional
    public void withdraw(long requestId, String reason, CurrentUser user) {
        AidRequest request = aidRequest(requestId);
        HardshipCase c = workable(request.caseId(), user);
        if (request.status() != AidStatus.RETURNED && request.status() != AidStatus.PENDING) {
            throw new ConflictException("error.wrongCaseStatus", c.caseNo(), request.status().name());
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(FieldError.of("reason", "validation.reason.required"));
        }
        jdbc.sql("UPDATE aid_request SET status = ?, decided_at = ? WHERE id = ?")
                .params(AidStatus.WITHDRAWN.name(), OffsetDateTime.now(clock), requestId).update();
        events.publishEvent(new AidWithdrawn(user.username(), c.id(), c.unitId(), reason.trim()));
    }

    @Override
    @Transactional
    public void markPaid(long requestId) {
        jdbc.sql("UPDATE aid_request SET status = ? WHERE id = ? AND status = ?")
                .params(AidStatus.PAID.name(), requestId, AidStatus.APPROVED.name()).update();
    }

    @Override
    @Transactional
    public void markPaid(java.util.Collection<Long> requestIds) {
        if (!requestIds.isEmpty()) {
            jdbc.sql("UPDATE aid_request SET status = 'PAID' WHERE status = 'APPROVED' AND id IN (:ids)")
                    .param("ids", requestIds).update();
        }
    }

    @Override
    @Transactional
    public void markPaymentCancelled(long requestId) {
        jdbc.sql("UPDATE aid_request SET status = ? WHERE id = ? AND status = ?")
                .params(AidStatus.PAYMENT_CANCELLED.name(), requestId, AidStatus.APPROVED.name()).update();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<AidType, BigDecimal> grantedThisYear(long caseId) {
        Map<AidType, BigDecimal> granted = new EnumMap<>(AidType.class);
        requests(caseId).stream()
                .filter(r -> r.year() == year() && (r.status() == AidStatus.APPROVED || r.status() == AidStatus.PAID))
                .forEach(r -> granted.merge(r.aidType(), r.amount(), BigDecimal::add));
        return granted;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApprovalStep> steps(long requestId) {
        return decisions.steps(Subject.AID, requestId);
    }

    private static AidRequest row(ResultSet rs, int n) throws SQLException {
        String level = rs.getString("school_level");
        return new AidRequest(rs.getLong("id"), rs.getLong("case_id"), AidType.valueOf(rs.getString("aid_type")),
                rs.getBigDecimal("amount"), rs.getInt("aid_year"), rs.getBigDecimal("out_of_pocket"),
                level == null ? null : SchoolLevel.valueOf(level), rs.getString("purpose"), rs.getBoolean("emergency"),
                AidStatus.valueOf(rs.getString("status")), Tier.valueOf(rs.getString("required_tier")),
                rs.getString("requested_by"), rs.getObject("requested_at", OffsetDateTime.class));
    }
}

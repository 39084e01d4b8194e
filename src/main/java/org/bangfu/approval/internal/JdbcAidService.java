package org.bangfu.approval.internal;

import java.math.BigDecimal;
import java.time.Clock;
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
import org.bangfu.identification.AidType;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.settings.SettingKeys;
import org.bangfu.shared.Amounts;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAidService implements AidService {

    static final String INSERT_REQUEST = """
            INSERT INTO aid_request (case_id, aid_type, amount, aid_year, out_of_pocket, school_level, purpose,
              emergency, status, required_tier, requested_by, requested_at)
            VALUES (:caseId, :aidType, :amount, :aidYear, :outOfPocket, :schoolLevel, :purpose,
              :emergency, :status, :requiredTier, :requestedBy, :requestedAt)""";
    static final String SET_STATUS = """
            UPDATE aid_request SET status = :status, decided_at = :decidedAt WHERE id = :requestId""";
    static final String REVISE_REQUEST = """
            UPDATE aid_request SET amount = :amount, purpose = :purpose, required_tier = :requiredTier,
              status = :status
            WHERE id = :requestId""";
    /** A payment outcome changes only an approved request: a late or repeated signal changes nothing. */
    static final String MOVE_STATUS = """
            UPDATE aid_request SET status = :to WHERE id = :requestId AND status = :from""";
    static final String MARK_ALL_PAID = """
            UPDATE aid_request SET status = 'PAID' WHERE status = 'APPROVED' AND id IN (:ids)""";

    private final org.bangfu.identification.CaseWorkerAccess access;
    private final JdbcClient jdbc;
    private final AidRequestRecords records;
    private final AidCaps caps;
    private final Decisions decisions;
    private final DutySeparation duties;
    private final IdentificationService files;
    private final ApprovalTierEvaluator tiers;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcAidService(JdbcClient jdbc, AidRequestRecords records, AidCaps caps, Decisions decisions,
                   DutySeparation duties, IdentificationService files, ApprovalTierEvaluator tiers,
                   Jurisdiction jurisdiction, ApplicationEventPublisher events, Clock clock, org.bangfu.identification.CaseWorkerAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.records = records;
        this.caps = caps;
        this.decisions = decisions;
        this.duties = duties;
        this.files = files;
        this.tiers = tiers;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.clock = clock;
    }

    private HardshipCase workable(long caseId, CurrentUser user) {
        return access.workable(caseId, user);
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
        caps.checkCaps(c, command.aidType(), command.amount(), command.outOfPocket(), command.schoolLevel(), null);
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
            BigDecimal max = caps.setting(c, SettingKeys.EMERGENCY_MAX_AMOUNT);
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

    @Override
    @Transactional(readOnly = true)
    public AidCap cap(long caseId, AidType type, BigDecimal outOfPocket, SchoolLevel schoolLevel) {
        return caps.cap(caseId, type, outOfPocket, schoolLevel);
    }

    @Override
    @Transactional(readOnly = true)
    public AidRequest aidRequest(long requestId) {
        return records.aidRequest(requestId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AidRequest> requests(long caseId) {
        return records.requests(caseId);
    }

    private static void purpose(List<FieldError> errors, String purpose) {
        TextInput.required(errors, "purpose", purpose, 500);
    }

    private long insert(HardshipCase c, AidType type, BigDecimal amount, BigDecimal outOfPocket, SchoolLevel level,
                        String purpose, boolean emergency, Tier tier, CurrentUser user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT_REQUEST)
                .param("caseId", c.id()).param("aidType", type.name()).param("amount", amount.setScale(2))
                .param("aidYear", caps.year())
                .param("outOfPocket", outOfPocket == null ? null : outOfPocket.setScale(2))
                .param("schoolLevel", level == null ? null : level.name()).param("purpose", purpose)
                .param("emergency", emergency).param("status", AidStatus.PENDING.name())
                .param("requiredTier", tier.name()).param("requestedBy", user.username())
                .param("requestedAt", OffsetDateTime.now(clock))
                .update(keys, "id");
        events.publishEvent(emergency
                ? new EmergencyAidRequested(user.username(), c.id(), c.unitId(), type, amount.setScale(2), tier)
                : new AidRequested(user.username(), c.id(), c.unitId(), type, amount.setScale(2), tier));
        return keys.getKey().longValue();
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
        jdbc.sql(SET_STATUS)
                .param("status", next.name())
                .param("decidedAt", next == AidStatus.PENDING ? null : OffsetDateTime.now(clock))
                .param("requestId", requestId).update();
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
            caps.checkCaps(c, request.aidType(), amount, request.outOfPocket(), request.schoolLevel(), requestId);
        }
        Tier tier = request.emergency() ? Tier.COUNTY : tiers.requiredTier(amount, c.grade());
        jdbc.sql(REVISE_REQUEST)
                .param("amount", amount.setScale(2)).param("purpose", purpose.trim()).param("requiredTier", tier.name())
                .param("status", AidStatus.PENDING.name()).param("requestId", requestId).update();
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
        jdbc.sql(SET_STATUS)
                .param("status", AidStatus.WITHDRAWN.name()).param("decidedAt", OffsetDateTime.now(clock))
                .param("requestId", requestId).update();
        events.publishEvent(new AidWithdrawn(user.username(), c.id(), c.unitId(), reason.trim()));
    }

    @Override
    @Transactional
    public void markPaid(long requestId) {
        jdbc.sql(MOVE_STATUS)
                .param("to", AidStatus.PAID.name()).param("requestId", requestId)
                .param("from", AidStatus.APPROVED.name()).update();
    }

    @Override
    @Transactional
    public void markPaid(java.util.Collection<Long> requestIds) {
        if (!requestIds.isEmpty()) {
            jdbc.sql(MARK_ALL_PAID)
                    .param("ids", requestIds).update();
        }
    }

    @Override
    @Transactional
    public void markPaymentCancelled(long requestId) {
        jdbc.sql(MOVE_STATUS)
                .param("to", AidStatus.PAYMENT_CANCELLED.name()).param("requestId", requestId)
                .param("from", AidStatus.APPROVED.name()).update();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<AidType, BigDecimal> grantedThisYear(long caseId) {
        Map<AidType, BigDecimal> granted = new EnumMap<>(AidType.class);
        requests(caseId).stream()
                .filter(r -> r.year() == caps.year() && (r.status() == AidStatus.APPROVED || r.status() == AidStatus.PAID))
                .forEach(r -> granted.merge(r.aidType(), r.amount(), BigDecimal::add));
        return granted;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApprovalStep> steps(long requestId) {
        return decisions.steps(Subject.AID, requestId);
    }

}

package org.bangfu.approval.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bangfu.approval.AidDecided;
import org.bangfu.approval.ApprovalDecision;
import org.bangfu.approval.ApprovalService;
import org.bangfu.approval.DecideCommand;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcApprovalService implements ApprovalService {

    private final JdbcClient jdbc;
    private final IdentificationService identification;
    private final OrganizationService organization;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcApprovalService(JdbcClient jdbc, IdentificationService identification, OrganizationService organization,
                        Jurisdiction jurisdiction, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.identification = identification;
        this.organization = organization;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public OrgUnit approvingUnit(long caseUnitId) {
        return organization.approvingUnitFor(caseUnitId);
    }

    @Override
    @Transactional(readOnly = true)
    public void checkMayDecide(long caseId, CurrentUser approver) {
        decidableCase(caseId, approver);
    }

    /** The case, after the checks that decide whether this user may decide on it. */
    private HardshipCase decidableCase(long caseId, CurrentUser approver) {
        HardshipCase hardshipCase = identification.caseById(caseId);
        jurisdiction.requireAnyRole(approver, Role.APPROVER);
        jurisdiction.requireCovers(approver, approvingUnit(hardshipCase.unitId()).id());
        if (hardshipCase.filedBy().equals(approver.username())) {
            throw new ForbiddenException("error.fourEyes");
        }
        if (hardshipCase.status() != CaseStatus.AWAITING_APPROVAL) {
            throw new ConflictException("error.notAwaitingApproval", hardshipCase.caseNo());
        }
        return hardshipCase;
    }

    @Override
    @Transactional
    public ApprovalDecision decide(DecideCommand command, CurrentUser approver) {
        HardshipCase hardshipCase = decidableCase(command.caseId(), approver);
        List<FieldError> errors = new ArrayList<>();
        if (command.approve() == null) {
            errors.add(FieldError.of("decision", "validation.required"));
        } else if (command.approve()) {
            Amounts.problemWithPositive(command.amount()).ifPresent(k -> errors.add(FieldError.of("amount", k)));
        } else if (command.reason() == null || command.reason().isBlank()) {
            errors.add(FieldError.of("reason", "validation.reason.required"));
        } else if (command.reason().trim().length() > 500) {
            errors.add(FieldError.of("reason", "validation.tooLong", 500));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean approved = command.approve();
        ApprovalDecision decision = new ApprovalDecision(command.caseId(), approved,
                approved ? command.amount().setScale(2) : null, approved ? null : command.reason().trim(),
                approver.username(), OffsetDateTime.now(clock));
        jdbc.sql("INSERT INTO approval_decision (case_id, approved, amount, reason, decided_by, decided_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(decision.caseId(), decision.approved(), decision.amount(), decision.reason(),
                        decision.decidedBy(), decision.decidedAt())
                .update();
        identification.changeStatus(command.caseId(), approved ? CaseStatus.APPROVED : CaseStatus.REJECTED);
        events.publishEvent(new AidDecided(command.caseId(), hardshipCase.unitId(), approved, decision.amount(),
                decision.reason(), approver.username()));
        return decision;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApprovalDecision> decision(long caseId) {
        return jdbc.sql("SELECT case_id, approved, amount, reason, decided_by, decided_at FROM approval_decision "
                        + "WHERE case_id = ?").param(caseId)
                .query((rs, n) -> new ApprovalDecision(rs.getLong(1), rs.getBoolean(2), rs.getBigDecimal(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
                .optional();
    }
}

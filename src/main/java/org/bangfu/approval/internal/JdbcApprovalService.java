package org.bangfu.approval.internal;

import java.util.List;

import org.bangfu.approval.ApprovalService;
import org.bangfu.approval.ApprovalStep;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.FileApproved;
import org.bangfu.approval.FileResubmitted;
import org.bangfu.approval.FileReturned;
import org.bangfu.approval.Subject;
import org.bangfu.approval.Tier;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.RefusalReason;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.Role;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcApprovalService implements ApprovalService {

    private final Decisions decisions;
    private final DutySeparation duties;
    private final IdentificationService files;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;

    JdbcApprovalService(Decisions decisions, DutySeparation duties, IdentificationService files,
                        Jurisdiction jurisdiction, ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.duties = duties;
        this.files = files;
        this.jurisdiction = jurisdiction;
        this.events = events;
    }

    @Override
    public OrgUnit tierUnit(long caseUnitId, Tier tier) {
        return decisions.tierUnit(caseUnitId, tier);
    }

    @Override
    @Transactional(readOnly = true)
    public void checkMayDecide(long caseId, Tier tier, CurrentUser approver) {
        decisions.checkApprover(caseId, tier, approver, duties.touchedCase(caseId));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, java.util.Set<String>> touchedCases(java.util.Collection<Long> caseIds) {
        return files.participants(caseIds);
    }

    @Override
    @Transactional
    public ApprovalStep decideFile(long caseId, DecisionCommand command, CurrentUser approver) {
        HardshipCase hardshipCase = decisions.checkApprover(caseId, Tier.COUNTY, approver,
                duties.touchedCase(caseId));
        if (hardshipCase.status() != CaseStatus.AWAITING_APPROVAL) {
            throw new ConflictException("error.notAwaitingApproval", hardshipCase.caseNo());
        }
        Decisions.validate(command);
        ApprovalStep step = decisions.record(Subject.FILE, caseId, hardshipCase, Tier.COUNTY, command, null, approver);
        switch (command.outcome()) {
            case APPROVED -> events.publishEvent(new FileApproved(approver.username(), caseId,
                    hardshipCase.unitId()));
            case RETURNED -> {
                files.changeStatus(caseId, CaseStatus.RETURNED);
                events.publishEvent(new FileReturned(approver.username(), caseId, hardshipCase.unitId(),
                        step.reason()));
            }
            case REJECTED -> files.refuse(caseId, CaseStatus.REJECTED, RefusalReason.FILE_REJECTED, step.reason(),
                    approver.username());
        }
        return step;
    }

    @Override
    @Transactional
    public void resubmitFile(long caseId, String note, CurrentUser caseWorker) {
        HardshipCase hardshipCase = files.caseById(caseId);
        jurisdiction.requireAnyRole(caseWorker, Role.CASE_WORKER);
        jurisdiction.requireCovers(caseWorker, hardshipCase.unitId());
        if (hardshipCase.status() != CaseStatus.RETURNED) {
            throw new ConflictException("error.wrongCaseStatus", hardshipCase.caseNo(), hardshipCase.status().name());
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInputException(FieldError.of("note", "validation.required"));
        }
        if (note.trim().length() > 1000) {
            throw new InvalidInputException(FieldError.of("note", "validation.tooLong", 1000));
        }
        files.changeStatus(caseId, CaseStatus.AWAITING_APPROVAL);
        // whoever revised the returned file may not approve it
        files.addParticipant(caseId, caseWorker.username(), "REVISED");
        events.publishEvent(new FileResubmitted(caseWorker.username(), caseId, hardshipCase.unitId(), note.trim()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApprovalStep> steps(long caseId) {
        return decisions.stepsOfCase(caseId);
    }
}

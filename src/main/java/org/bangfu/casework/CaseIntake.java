package org.bangfu.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bangfu.approval.ApprovalService;
import org.bangfu.casework.process.ProcessIds;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a case and starts its process in one transaction: if the process cannot start (or grading fails), the
 * case is not saved either. Grading runs synchronously, so the returned case already carries its grade.
 */
@Service
public class CaseIntake {

    private final IdentificationService identification;
    private final ApprovalService approval;
    private final RuntimeService runtime;
    private final Clock clock;
    private final Duration approvalPeriod;

    CaseIntake(IdentificationService identification, ApprovalService approval, RuntimeService runtime, Clock clock,
               @Value("${bangfu.sla.approval:P5D}") Duration approvalPeriod) {
        this.identification = identification;
        this.approval = approval;
        this.runtime = runtime;
        this.clock = clock;
        this.approvalPeriod = approvalPeriod;
    }

    @Transactional
    public HardshipCase file(IntakeCommand command, CurrentUser user) {
        HardshipCase filed = identification.fileCase(command, user);
        String approverGroup = Role.APPROVER.candidateGroup(approval.approvingUnit(filed.unitId()).code());
        runtime.startProcessInstanceByKey(ProcessIds.HARDSHIP_CASE_PROCESS, filed.caseNo(),
                Variables.createVariables()
                        .putValue(ProcessIds.VAR_CASE_ID, filed.id())
                        .putValue(ProcessIds.VAR_APPROVER_GROUP, approverGroup)
                        .putValue(ProcessIds.VAR_APPROVAL_DUE_DATE,
                                Date.from(Instant.now(clock).plus(approvalPeriod))));
        return identification.caseById(filed.id());
    }
}

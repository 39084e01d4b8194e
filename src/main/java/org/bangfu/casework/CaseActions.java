package org.bangfu.casework;

import org.bangfu.approval.AidRequest;
import org.bangfu.approval.AidRequestCommand;
import org.bangfu.approval.AidService;
import org.bangfu.casework.process.ProcessIds;
import org.bangfu.followup.FollowUpService;
import org.bangfu.followup.RelapseReport;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.Objection;
import org.bangfu.identification.VerificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.Role;
import org.bangfu.shared.ConflictException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What case workers start on a file outside their task list: an aid request, an objection during the notice, an exit
 * assessment, a relapse report, and the yearly re-verification. Each records through its module, then starts or
 * signals the process, in one transaction.
 */
@Service
public class CaseActions {

    private final IdentificationService files;
    private final VerificationService verification;
    private final AidService aid;
    private final FollowUpService followUp;
    private final FileLifecycle lifecycle;
    private final Jurisdiction jurisdiction;
    private final RuntimeService runtime;

    CaseActions(IdentificationService files, VerificationService verification, AidService aid,
                FollowUpService followUp, FileLifecycle lifecycle, Jurisdiction jurisdiction, RuntimeService runtime) {
        this.files = files;
        this.verification = verification;
        this.aid = aid;
        this.followUp = followUp;
        this.lifecycle = lifecycle;
        this.jurisdiction = jurisdiction;
        this.runtime = runtime;
    }

    @Transactional
    public AidRequest requestAid(AidRequestCommand command, CurrentUser user) {
        AidRequest request = aid.request(command, user);
        HardshipCase c = files.caseById(request.caseId());
        runtime.startProcessInstanceByKey(ProcessIds.AID_REQUEST_PROCESS, c.caseNo(),
                lifecycle.groups(c).putValue(ProcessIds.VAR_AID_REQUEST_ID, request.id()));
        return request;
    }

    @Transactional
    public Objection lodgeObjection(long caseId, String objector, String content, CurrentUser user) {
        Objection objection = verification.lodgeObjection(caseId, objector, content, user);
        runtime.createMessageCorrelation(ProcessIds.MESSAGE_OBJECTION_LODGED)
                .processInstanceBusinessKey(files.caseById(caseId).caseNo())
                .correlateWithResult();
        return objection;
    }

    /** Starts the exit assessment of an open file (the process must be waiting for it). */
    @Transactional
    public void requestExitAssessment(long caseId, CurrentUser user) {
        HardshipCase c = files.caseById(caseId);
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER);
        jurisdiction.requireCovers(user, c.unitId());
        Execution waiting = runtime.createExecutionQuery().processInstanceBusinessKey(c.caseNo())
                .messageEventSubscriptionName(ProcessIds.MESSAGE_EXIT_REQUESTED).singleResult();
        if (!c.status().isOpenFile() || waiting == null) {
            throw new ConflictException("error.exitNotPossible", c.caseNo());
        }
        runtime.messageEventReceived(ProcessIds.MESSAGE_EXIT_REQUESTED, waiting.getId());
    }

    /** A relapse: a new linked file on the shortened path, and the archived file's watch ends. */
    @Transactional
    public HardshipCase reportRelapse(long archivedCaseId, RelapseReport report, CurrentUser user) {
        HardshipCase archived = files.caseById(archivedCaseId);
        if (archived.status() != CaseStatus.EXITED) {
            throw new ConflictException("error.notArchived", archived.caseNo());
        }
        HardshipCase relapse = followUp.reportRelapse(archivedCaseId, report, user);
        lifecycle.startFileProcess(relapse, false, false);
        runtime.createMessageCorrelation(ProcessIds.MESSAGE_RELAPSE_REPORTED)
                .processInstanceBusinessKey(archived.caseNo())
                .correlateAll();
        return relapse;
    }

    /** Starts the yearly re-verification for the user's unit (analysts, administrators, county staff). */
    @Transactional
    public void startReverification(int year, Long seed, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.ANALYST, Role.ADMIN, Role.CASE_WORKER, Role.APPROVER);
        runtime.startProcessInstanceByMessage(ProcessIds.MESSAGE_REVIEW_REQUESTED, "review-" + year + "-"
                        + user.unit().code(),
                Variables.createVariables().putValue(ProcessIds.VAR_REVIEW_YEAR, year)
                        .putValue(ProcessIds.VAR_REVIEW_UNIT_ID, user.unit().id())
                        .putValue(ProcessIds.VAR_REVIEW_SEED, seed)
                        .putValue(ProcessIds.VAR_STARTED_BY, user.username()));
    }
}

package org.bangfu.casework;

import java.util.HashMap;
import java.util.Map;

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
import org.bangfu.workflow.Processes;
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
    private final Processes processes;

    CaseActions(IdentificationService files, VerificationService verification, AidService aid,
                FollowUpService followUp, FileLifecycle lifecycle, Jurisdiction jurisdiction, Processes processes) {
        this.files = files;
        this.verification = verification;
        this.aid = aid;
        this.followUp = followUp;
        this.lifecycle = lifecycle;
        this.jurisdiction = jurisdiction;
        this.processes = processes;
    }

    @Transactional
    public AidRequest requestAid(AidRequestCommand command, CurrentUser user) {
        AidRequest request = aid.request(command, user);
        HardshipCase c = files.caseById(request.caseId());
        Map<String, Object> variables = lifecycle.groups(c);
        variables.put(ProcessIds.VAR_AID_REQUEST_ID, request.id());
        processes.start(ProcessIds.AID_REQUEST_PROCESS, c.caseNo(), variables);
        return request;
    }

    @Transactional
    public Objection lodgeObjection(long caseId, String objector, String content, CurrentUser user) {
        Objection objection = verification.lodgeObjection(caseId, objector, content, user);
        processes.correlate(ProcessIds.MESSAGE_OBJECTION_LODGED, files.caseById(caseId).caseNo());
        return objection;
    }

    /** Starts the exit assessment of an open file (the process must be waiting for it). */
    @Transactional
    public void requestExitAssessment(long caseId, CurrentUser user) {
        HardshipCase c = files.caseById(caseId);
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER);
        jurisdiction.requireCovers(user, c.unitId());
        // the file's follow-up period waits for it; an exit already under way does not
        if (!c.status().isOpenFile() || !processes.receive(ProcessIds.MESSAGE_EXIT_REQUESTED, c.caseNo())) {
            throw new ConflictException("error.exitNotPossible", c.caseNo());
        }
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
        processes.correlateAll(ProcessIds.MESSAGE_RELAPSE_REPORTED, archived.caseNo());
        return relapse;
    }

    /** Starts the yearly re-verification for the user's unit (analysts, administrators, county staff). */
    @Transactional
    public void startReverification(int year, Long seed, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.ANALYST, Role.ADMIN, Role.CASE_WORKER, Role.APPROVER);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessIds.VAR_REVIEW_YEAR, year);
        variables.put(ProcessIds.VAR_REVIEW_UNIT_ID, user.unit().id());
        variables.put(ProcessIds.VAR_REVIEW_SEED, seed);
        variables.put(ProcessIds.VAR_STARTED_BY, user.username());
        processes.startByMessage(ProcessIds.MESSAGE_REVIEW_REQUESTED, "review-" + year + "-" + user.unit().code(),
                variables);
    }
}

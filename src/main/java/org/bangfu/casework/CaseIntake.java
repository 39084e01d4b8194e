package org.bangfu.casework;

import java.math.BigDecimal;

import org.bangfu.approval.AidRequest;
import org.bangfu.approval.AidService;
import org.bangfu.casework.process.ProcessIds;
import org.bangfu.identification.EmergencyCommand;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.organization.CurrentUser;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files an application or an emergency and starts its process in one transaction: if the process cannot start, the
 * file is not saved either.
 */
@Service
public class CaseIntake {

    private final IdentificationService identification;
    private final AidService aid;
    private final FileLifecycle lifecycle;
    private final RuntimeService runtime;

    CaseIntake(IdentificationService identification, AidService aid, FileLifecycle lifecycle, RuntimeService runtime) {
        this.identification = identification;
        this.aid = aid;
        this.lifecycle = lifecycle;
        this.runtime = runtime;
    }

    @Transactional
    public HardshipCase file(IntakeCommand command, CurrentUser user) {
        HardshipCase filed = identification.fileCase(command, user);
        lifecycle.startFileProcess(filed, true, true);
        return identification.caseById(filed.id());
    }

    /** A temporary relief file and its relief request, on the fast path (county approval, pay first). */
    @Transactional
    public HardshipCase fileEmergency(EmergencyCommand command, BigDecimal amount, String purpose, CurrentUser user) {
        HardshipCase filed = identification.fileEmergency(command, user);
        AidRequest request = aid.requestEmergency(filed.id(), amount, purpose, user);
        runtime.startProcessInstanceByKey(ProcessIds.EMERGENCY_RELIEF_PROCESS, filed.caseNo(),
                lifecycle.groups(filed).putValue(ProcessIds.VAR_AID_REQUEST_ID, request.id()));
        return identification.caseById(filed.id());
    }
}

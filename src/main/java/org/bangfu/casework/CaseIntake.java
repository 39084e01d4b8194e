package org.bangfu.casework;

import java.math.BigDecimal;
import java.util.Map;

import org.bangfu.approval.AidRequest;
import org.bangfu.approval.AidService;
import org.bangfu.casework.process.ProcessIds;
import org.bangfu.identification.EmergencyCommand;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.organization.CurrentUser;
import org.bangfu.workflow.Processes;
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
    private final Processes processes;

    CaseIntake(IdentificationService identification, AidService aid, FileLifecycle lifecycle, Processes processes) {
        this.identification = identification;
        this.aid = aid;
        this.lifecycle = lifecycle;
        this.processes = processes;
    }

    @Transactional
    public HardshipCase file(IntakeCommand command, CurrentUser user) {
        HardshipCase filed = identification.fileCase(command, user);
        // starting the process with both checks to do leaves the case as filed: no second read
        lifecycle.startFileProcess(filed, true, true);
        return filed;
    }

    /** A temporary relief file and its relief request, on the fast path (county approval, pay first). */
    @Transactional
    public HardshipCase fileEmergency(EmergencyCommand command, BigDecimal amount, String purpose, CurrentUser user) {
        HardshipCase filed = identification.fileEmergency(command, user);
        AidRequest request = aid.requestEmergency(filed.id(), amount, purpose, user);
        Map<String, Object> variables = lifecycle.groups(filed);
        variables.put(ProcessIds.VAR_AID_REQUEST_ID, request.id());
        processes.start(ProcessIds.EMERGENCY_RELIEF_PROCESS, filed.caseNo(), variables);
        return identification.caseById(filed.id());
    }
}

package org.bangfu.casework;

import org.bangfu.shared.Audited;

/** An overdue task of a case went also to the supervising unit (the SLA sweep); audited on the case. */
public record CaseTaskEscalated(Long caseId, Long unitId, String taskKey, String escalatedTo) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry("system", "TASK_ESCALATED", caseId, unitId,
                taskKey + " -> " + escalatedTo);
    }
}

package org.bangfu.casework;

import org.bangfu.shared.Audited;

/** An overdue task was escalated to the supervising unit (by the process); the case if it has one. */
public record TaskEscalated(Long caseId, Long unitId, String taskKey, String escalatedTo) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry("system", "TASK_ESCALATED", caseId, unitId,
                taskKey + " -> " + escalatedTo);
    }
}

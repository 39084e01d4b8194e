package org.bangfu.audit;

import java.util.List;

import org.bangfu.organization.CurrentUser;

public interface AuditTrail {

    /** The trail of one case, oldest first. Callers check that the user may see the case. */
    List<AuditEntry> forCase(long caseId);

    /** The newest entries in the auditor's subtree. */
    List<AuditEntry> recent(CurrentUser auditor, int limit);
}

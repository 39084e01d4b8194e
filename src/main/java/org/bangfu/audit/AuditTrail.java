package org.bangfu.audit;

import java.util.List;

import org.bangfu.organization.CurrentUser;

public interface AuditTrail {

    /** The trail of one case, oldest first. Callers check that the user may see the case. */
    List<AuditEntry> forCase(long caseId);

    /** The newest entries in the auditor's subtree. */
    List<AuditEntry> recent(CurrentUser auditor, int limit);

    /** One page of the entries in the auditor's subtree, newest first (the audit log's lazy grid). */
    List<AuditEntry> page(CurrentUser auditor, int offset, int limit);

    /** How many entries the auditor's subtree holds. */
    int count(CurrentUser auditor);
}

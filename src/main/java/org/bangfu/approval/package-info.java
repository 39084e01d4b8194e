/**
 * Approval of files and aid: the approving unit of each tier, the approver's decisions (approve, reject, return for
 * more information), aid requests with their caps per type and grade, the tier an amount needs, and separation of
 * duties: nobody approves a case they filed, reviewed, visited or checked.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identification", "grading", "settings", "workflow",
        "organization", "shared"})
package org.bangfu.approval;

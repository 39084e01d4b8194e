/**
 * Approval of aid: the approving unit of a case, the approver's decision (approve with an amount, or reject with a
 * reason) and separation of duties: nobody approves a case they filed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identification", "organization", "shared"})
package org.bangfu.approval;

package org.bangfu.approval;

/** An approver's decision: the outcome, and a reason when rejecting or returning. */
public record DecisionCommand(Outcome outcome, String reason) {
}

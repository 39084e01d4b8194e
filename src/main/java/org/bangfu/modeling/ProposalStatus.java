package org.bangfu.modeling;

/** Where a deployment proposal stands: waiting for a second person, deployed, or sent back with a reason. */
public enum ProposalStatus { PENDING, APPROVED, RETURNED }

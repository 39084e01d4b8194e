package org.bangfu.funds;

/**
 * GATHERED by a finance officer; RELEASED by a second finance officer or an approver of the unit (four eyes: they
 * confirm count and total); SENT when the bank file is first exported; SETTLED when every line has a result;
 * DISCARDED when the gatherer gives it up before release (its lines wait for the next batch).
 */
public enum BatchStatus {
    GATHERED, RELEASED, SENT, SETTLED, DISCARDED
}

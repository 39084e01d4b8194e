package org.bangfu.organization;

import org.bangfu.shared.Audited;

/** A login failed: for an unknown user, with a wrong password, or on a locked account. */
public record LoginFailed(String actor, Long unitId, Why why, String user, int failuresInARow,
                          String address) implements Audited {

    /** Why it failed. */
    public enum Why {
        UNKNOWN_USER, WRONG_PASSWORD, ACCOUNT_LOCKED
    }

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "LOGIN_FAILED", null, unitId,
                switch (why) {
                    case UNKNOWN_USER -> "unknown user '" + user + "' from " + address;
                    case WRONG_PASSWORD -> "wrong password (" + failuresInARow + " in a row) from " + address;
                    case ACCOUNT_LOCKED -> "account locked; attempt from " + address;
                });
    }
}

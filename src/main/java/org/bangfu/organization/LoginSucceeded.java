package org.bangfu.organization;

import org.bangfu.shared.Audited;

/** A user logged in through the login form. */
public record LoginSucceeded(String username, Long unitId, String address) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(username, "LOGIN_SUCCEEDED", null, unitId,
                "from " + address);
    }
}

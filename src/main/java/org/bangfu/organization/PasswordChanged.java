package org.bangfu.organization;

import org.bangfu.shared.Audited;

/** A user changed their password. */
public record PasswordChanged(String username, Long unitId) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(username, "PASSWORD_CHANGED", null, unitId,
                username);
    }
}

package org.bangfu.organization;

import org.bangfu.shared.Audited;

/** The first administrator was created from the configuration. */
public record FirstAdministratorCreated(String actor, long unitId, String username,
                                        String unitCode) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "ADMIN_BOOTSTRAPPED", null, unitId,
                username + " created as the first administrator of " + unitCode
                        + "; the password must be changed at the first login");
    }
}

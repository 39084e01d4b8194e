package org.bangfu.organization;

import org.bangfu.shared.Audited;

/** A demo user that still had the demo password was disabled (postgres profile). */
public record DemoUserDisabled(Long unitId, String username) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry("system", "DEMO_USER_DISABLED", null, unitId,
                username);
    }
}

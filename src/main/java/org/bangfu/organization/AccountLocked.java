package org.bangfu.organization;

import java.time.OffsetDateTime;

import org.bangfu.shared.Audited;

/** An account was locked after too many failed logins in a row. */
public record AccountLocked(String username, Long unitId, int failures, OffsetDateTime until,
                            String address) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(username, "ACCOUNT_LOCKED", null, unitId,
                failures + " failed logins; locked until " + until + " (last from " + address + ")");
    }
}

package org.bangfu.organization;

import org.bangfu.shared.Audited;

/** Logins from an address were throttled after too many failures. */
public record AddressThrottled(String actor, String address, String lastUser) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "ADDRESS_THROTTLED", null, null,
                "too many failed logins from " + address + " (last as '" + lastUser + "')");
    }
}

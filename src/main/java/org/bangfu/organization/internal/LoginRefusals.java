package org.bangfu.organization.internal;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The meter {@code bangfu.logins.refused} (Prometheus {@code bangfu_logins_refused_total}), by reason, counted by
 * {@link GuardedAuthenticationProvider} for the login form, HTTP basic and the webapps alike. Every reason is
 * registered at start, so a rate over it is 0 rather than absent until the first refusal (docs/operations.md).
 */
@Component
class LoginRefusals {

    static final String METER = "bangfu.logins.refused";

    /** Why a login was refused; the tag value is the lower-case name. */
    enum Reason {
        /** An unknown user or a wrong password (the same to the caller). */
        BAD_CREDENTIALS,
        /** The account is locked after too many failures in a row. */
        ACCOUNT_LOCKED,
        /** The client's address is throttled after too many failures. */
        ADDRESS_THROTTLED,
        /** Anything else Spring Security refuses (a disabled account …). */
        OTHER
    }

    private final Map<Reason, Counter> counters = new EnumMap<>(Reason.class);

    LoginRefusals(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable(SimpleMeterRegistry::new);
        for (Reason reason : Reason.values()) {
            counters.put(reason, Counter.builder(METER).description("logins refused, by reason")
                    .tag("reason", reason.name().toLowerCase(java.util.Locale.ROOT)).register(meters));
        }
    }

    void refused(Reason reason) {
        counters.get(reason).increment();
    }
}

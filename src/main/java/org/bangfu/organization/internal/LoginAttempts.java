package org.bangfu.organization.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.bangfu.organization.AccountLocked;
import org.bangfu.organization.AddressThrottled;
import org.bangfu.organization.LoginFailed;
import org.bangfu.organization.LoginSucceeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins, per account (in {@code app_user}: after {@code bangfu.login.max-failures} failures in a row
 * the account is locked for {@code bangfu.login.lock-duration}) and per client address (in memory: after
 * {@code bangfu.login.address-max-failures} failures within {@code bangfu.login.address-window} the address is
 * refused until they age out). Every failure, lock, throttle and interactive login is audited.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    static final String UNKNOWN_ACTOR = "anonymous";

    static final String COUNT_FAILURE = """
            UPDATE app_user SET failed_logins = failed_logins + 1 WHERE username = :username""";
    static final String FIND_FAILURES = """
            SELECT failed_logins FROM app_user WHERE username = :username""";
    static final String LOCK_USER = """
            UPDATE app_user SET failed_logins = 0, locked_until = :until WHERE username = :username""";
    static final String RESET_FAILURES = """
            UPDATE app_user SET failed_logins = 0 WHERE username = :username AND failed_logins > 0""";
    static final String FIND_UNIT = """
            SELECT unit_id FROM app_user WHERE username = :username""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;
    private final AddressThrottle addresses;

    LoginAttempts(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
                  @Value("${bangfu.login.max-failures:5}") int maxFailures,
                  @Value("${bangfu.login.lock-duration:PT15M}") Duration lockDuration,
                  @Value("${bangfu.login.address-max-failures:20}") int addressMaxFailures,
                  @Value("${bangfu.login.address-window:PT10M}") Duration addressWindow) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        this.addresses = new AddressThrottle(addressMaxFailures, addressWindow);
    }

    boolean addressThrottled(String address) {
        return addresses.throttled(address, clock.instant());
    }

    /** A wrong password or an unknown user: counts for the account (if it exists) and for the address. */
    @Transactional
    void failed(String username, String address) {
        Long unitId = unitOf(username);
        if (unitId == null) {
            events.publishEvent(new LoginFailed(UNKNOWN_ACTOR, null, LoginFailed.Why.UNKNOWN_USER, shorten(username),
                    0, address));
        } else {
            jdbc.sql(COUNT_FAILURE).param("username", username)
                    .update();
            int failures = jdbc.sql(FIND_FAILURES).param("username", username)
                    .query(Integer.class).single();
            events.publishEvent(new LoginFailed(username, unitId, LoginFailed.Why.WRONG_PASSWORD, username, failures,
                    address));
            if (failures >= maxFailures) {
                OffsetDateTime until = OffsetDateTime.now(clock).plus(lockDuration);
                jdbc.sql(LOCK_USER)
                        .param("until", until).param("username", username).update();
                events.publishEvent(new AccountLocked(username, unitId, failures, until, address));
                log.warn("Account {} locked after {} failed logins (last from {})", username, failures, address);
            }
        }
        addressFailed(username, address);
    }

    /** A login attempt on a locked account: refused without checking the password, but counted for the address. */
    @Transactional
    void refusedWhileLocked(String username, String address) {
        events.publishEvent(new LoginFailed(username, unitOf(username), LoginFailed.Why.ACCOUNT_LOCKED, username, 0,
                address));
        addressFailed(username, address);
    }

    private void addressFailed(String username, String address) {
        if (addresses.failed(address, clock.instant())) {
            events.publishEvent(new AddressThrottled(UNKNOWN_ACTOR, address, shorten(username)));
            log.warn("Login attempts from {} throttled after too many failures", address);
        }
    }

    /** A correct password: the account's run of failures ends (one statement that usually changes nothing). */
    void succeeded(String username) {
        jdbc.sql(RESET_FAILURES).param("username", username)
                .update();
    }

    /** Interactive logins (the login form, not each REST call with HTTP basic) are audited. */
    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        events.publishEvent(new LoginSucceeded(auth.getName(), unitOf(auth.getName()), address(auth.getDetails())));
    }

    static String address(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }

    private Long unitOf(String username) {
        return jdbc.sql(FIND_UNIT).param("username", username).query(Long.class)
                .optional().orElse(null);
    }

    private static String shorten(String text) {
        String value = text == null ? "" : text;
        return value.length() > 64 ? value.substring(0, 64) + "..." : value;
    }
}

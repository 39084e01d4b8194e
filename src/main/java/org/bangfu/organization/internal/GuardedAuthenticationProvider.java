package org.bangfu.organization.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

import org.bangfu.organization.AccountLocked;
import org.bangfu.organization.DemoUserDisabled;
import org.bangfu.organization.PasswordChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one authentication provider (Spring Security's global authentication manager picks up the single provider
 * bean), so the login form, HTTP basic on the REST APIs and the Camunda webapps all pass the same checks: a
 * throttled address is refused first, a locked or disabled account next (before its password is checked), and every
 * failure is counted and audited by {@link LoginAttempts} and counted by reason in
 * {@link LoginRefusals} (a meter). The BCrypt check itself is Spring's; a password BCrypt
 * confirmed lately is confirmed again from {@link VerifiedPasswords} without BCrypt (HTTP basic sends it on every
 * REST call), which changes nothing else: the account is read and checked on every request as before.
 */
@Component
class GuardedAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginAttempts attempts;
    private final LoginRefusals refusals;
    private final VerifiedPasswords verified;
    private final CountingPasswordEncoder passwordChecks;

    GuardedAuthenticationProvider(BangfuUserDetailsService users, PasswordEncoder passwords, LoginAttempts attempts,
                                  LoginRefusals refusals,
                                  @Value("${bangfu.login.verified-ttl:PT5M}") Duration verifiedTtl,
                                  @Value("${bangfu.login.verified-max-entries:10000}") int verifiedMaxEntries) {
        super(users);
        this.passwordChecks = new CountingPasswordEncoder(passwords);
        setPasswordEncoder(passwordChecks);
        this.attempts = attempts;
        this.refusals = refusals;
        // Wall-clock time, not the application's Clock bean: that one is business time, which tests and the
        // development timer shortcut move.
        this.verified = new VerifiedPasswords(Clock.systemUTC(), verifiedTtl, verifiedMaxEntries);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = LoginAttempts.address(authentication.getDetails());
        if (attempts.addressThrottled(address)) {
            refusals.refused(LoginRefusals.Reason.ADDRESS_THROTTLED);
            throw new LoginThrottledException();
        }
        try {
            Authentication result = super.authenticate(authentication);
            // HTTP basic authenticates every REST call: write only when a run of failures is to be ended.
            if (!(result.getPrincipal() instanceof BangfuUserDetailsService.BangfuUser user)
                    || user.failedLogins() > 0) {
                attempts.succeeded(result.getName());
            }
            return result;
        } catch (LockedException locked) {
            attempts.refusedWhileLocked(authentication.getName(), address);
            refusals.refused(LoginRefusals.Reason.ACCOUNT_LOCKED);
            throw locked;
        } catch (BadCredentialsException wrong) {
            attempts.failed(authentication.getName(), address);
            refusals.refused(LoginRefusals.Reason.BAD_CREDENTIALS);
            throw wrong;
        } catch (AuthenticationException other) {
            refusals.refused(LoginRefusals.Reason.OTHER);
            throw other;
        }
    }

    /**
     * Runs after the account checks (locked, disabled) passed: the password, from {@link VerifiedPasswords} when
     * BCrypt confirmed the same password against the same stored hash within the ttl, by BCrypt otherwise. Only a
     * confirmed password is remembered; a wrong one throws here and is counted by {@link #authenticate}.
     */
    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication)
            throws AuthenticationException {
        Object credentials = authentication.getCredentials();
        if (credentials != null && verified.confirmed(user.getUsername(), credentials.toString(), user.getPassword())) {
            return;
        }
        super.additionalAuthenticationChecks(user, authentication);
        verified.remember(user.getUsername(), credentials.toString(), user.getPassword());
    }

    // The hash is part of what is remembered, so a changed password no longer matches anyway; these only free the
    // entry at once (and make sure nothing of a locked or disabled account is kept).

    @EventListener
    void on(PasswordChanged event) {
        verified.forget(event.username());
    }

    @EventListener
    void on(AccountLocked event) {
        verified.forget(event.username());
    }

    @EventListener
    void on(DemoUserDisabled event) {
        verified.forget(event.username());
    }

    /** How many times the password encoder (BCrypt) has compared a password since start: for tests and benchmarks. */
    long passwordChecks() {
        return passwordChecks.matches.sum();
    }

    /** Entries of {@link VerifiedPasswords} held now. */
    int verifiedPasswords() {
        return verified.size();
    }

    /** Too many failed logins from this address lately: refused without looking at the credentials. */
    static final class LoginThrottledException extends AuthenticationException {
        LoginThrottledException() {
            super("too many failed logins from this address; try again later");
        }
    }

    /** The application's encoder, counting its comparisons (encoding is left alone: logins do not encode). */
    private static final class CountingPasswordEncoder implements PasswordEncoder {

        private final PasswordEncoder encoder;
        private final LongAdder matches = new LongAdder();

        CountingPasswordEncoder(PasswordEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return encoder.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            matches.increment();
            return encoder.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return encoder.upgradeEncoding(encodedPassword);
        }
    }
}

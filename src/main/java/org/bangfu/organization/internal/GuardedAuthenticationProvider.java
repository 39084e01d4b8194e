package org.bangfu.organization.internal;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one authentication provider (Spring Security's global authentication manager picks up the single provider
 * bean), so the login form, HTTP basic on the REST APIs and the Camunda webapps all pass the same checks: a
 * throttled address is refused first, a locked account next (before its password is checked), and every failure is
 * counted and audited by {@link LoginAttempts} and counted by reason in {@link LoginRefusals} (a meter). The BCrypt
 * check itself is Spring's.
 */
@Component
class GuardedAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginAttempts attempts;
    private final LoginRefusals refusals;

    GuardedAuthenticationProvider(BangfuUserDetailsService users, PasswordEncoder passwords, LoginAttempts attempts,
                                  LoginRefusals refusals) {
        super(users);
        setPasswordEncoder(passwords);
        this.attempts = attempts;
        this.refusals = refusals;
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

    /** Too many failed logins from this address lately: refused without looking at the credentials. */
    static final class LoginThrottledException extends AuthenticationException {
        LoginThrottledException() {
            super("too many failed logins from this address; try again later");
        }
    }
}

package org.bangfu.organization;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/** The logged-in user of this request, loaded with their unit and roles. */
@Component
public class CurrentUsers {

    private final OrganizationService organization;

    CurrentUsers(OrganizationService organization) {
        this.organization = organization;
    }

    public CurrentUser require() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("not logged in");
        }
        return organization.user(auth.getName())
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("unknown user " + auth.getName()));
    }
}

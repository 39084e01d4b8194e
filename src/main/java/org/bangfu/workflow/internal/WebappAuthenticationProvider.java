package org.bangfu.workflow.internal;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Single sign-on into the Camunda webapps: the user Spring Security logged in (only administrators and process
 * analysts get this far, see the security configuration) is the webapp user, in the {@code camunda-admin} group.
 * Instantiated by the Camunda filter by class name, hence public.
 */
public class WebappAuthenticationProvider implements AuthenticationProvider {

    /** Camunda's built-in administrators group: its existence also stops the webapps' first-run setup page. */
    static final String ENGINE_ADMINS = "camunda-admin";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return AuthenticationResult.unsuccessful();
        }
        boolean engineAdmin = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_ADMIN") || a.equals("ROLE_ANALYST"));
        if (!engineAdmin) {
            return AuthenticationResult.unsuccessful();
        }
        ensureEngineUser(engine, auth.getName());
        AuthenticationResult result = AuthenticationResult.successful(auth.getName());
        result.setGroups(List.of(ENGINE_ADMINS));
        return result;
    }

    /**
     * The webapps only accept users the engine's identity service knows. Bangfu keeps its own users, so an engine
     * user is made on first entry, for administrators and analysts only, with a random password nobody knows (the
     * webapps' own login form is therefore useless; entry is through Bangfu's login).
     */
    private static void ensureEngineUser(ProcessEngine engine, String username) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(username).count() == 0) {
            User user = identity.newUser(username);
            user.setFirstName(username);
            user.setLastName("");
            user.setPassword(UUID.randomUUID().toString() + UUID.randomUUID());
            identity.saveUser(user);
        }
        if (identity.createGroupQuery().groupId(ENGINE_ADMINS).count() == 0) {
            Group group = identity.newGroup(ENGINE_ADMINS);
            group.setName("Camunda administrators (Bangfu administrators and analysts)");
            group.setType("SYSTEM");
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(username).memberOfGroup(ENGINE_ADMINS).count() == 0) {
            identity.createMembership(username, ENGINE_ADMINS);
        }
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security has already challenged unauthenticated requests.
    }
}

package org.bangfu.shell;

import org.bangfu.organization.Accounts;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * A user whose password must be changed sees the change view, whatever screen they ask for, until it is done. Public
 * for the browserless UI tests, whose UIs are made without init listeners.
 */
@Component
public class PasswordChangeRedirect implements VaadinServiceInitListener {

    private final Accounts accounts;

    PasswordChangeRedirect(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        if (PasswordChangeGate.mustChange(SecurityContextHolder.getContext().getAuthentication(), accounts)) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}

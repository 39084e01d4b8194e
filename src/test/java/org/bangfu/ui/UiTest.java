package org.bangfu.ui;

import java.util.Set;
import java.util.stream.Collectors;

import org.bangfu.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import org.bangfu.shell.Languages;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;

/** Browserless UI tests (Karibu-Testing) on the shared application context, logged in as a demo user. */
abstract class UiTest extends IntegrationTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.bangfu");

    @Autowired ApplicationContext context;
    @Autowired UserDetailsService userDetails;

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        // Karibu creates the UI without UI-init listeners, so the app's default language is applied here.
        UI.getCurrent().setLocale(Languages.CHINESE);
    }

    /** The cell component of the first grid row whose text contains the given value. */
    static <T> com.vaadin.flow.component.Component cell(Grid<T> grid, String rowText, String columnKey) {
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (String.join(" ", GridKt._getFormattedRow(grid, row)).contains(rowText)) {
                return GridKt._getCellComponent(grid, row, columnKey);
            }
        }
        throw new AssertionError("no row with " + rowText);
    }

    /**
     * Clicks as a browser's click arrives: whatever the listener throws goes to the session's error handler, as in
     * Vaadin's request handling (Karibu calls the listener directly and would let it through to the test).
     */
    static void clickAsBrowser(com.vaadin.flow.component.button.Button button) {
        try {
            button.click();
        } catch (RuntimeException thrown) {
            com.vaadin.flow.server.ErrorEvent.findErrorHandler(com.vaadin.flow.server.VaadinSession.getCurrent())
                    .error(new com.vaadin.flow.server.ErrorEvent(thrown));
        }
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Logs in (in a new Vaadin session) as Spring Security would, and tells the mock request who the user is for view access checks. */
    void login(String username) {
        MockVaadin.tearDown(); // a fresh session per login, as after a real logout
        startVaadin();
        UserDetails details = userDetails.loadUserByUsername(username);
        UsernamePasswordAuthenticationToken auth = UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        Set<String> roles = details.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains("ROLE_" + role));
    }
}

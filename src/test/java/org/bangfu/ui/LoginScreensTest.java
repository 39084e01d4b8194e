package org.bangfu.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.bangfu.workflow.ui.InboxView;
import org.bangfu.organization.Accounts;
import org.bangfu.shell.ChangePasswordView;
import org.bangfu.shell.PasswordChangeRedirect;
import org.bangfu.shell.ServerErrorView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;

class LoginScreensTest extends UiTest {

    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired Accounts accounts;
    @Autowired PasswordChangeRedirect redirect;

    @Test
    void aScreenThatFailsShowsAnErrorReferenceButNoStackTrace() {
        login("finance_zhongyuan");
        UI.getCurrent().navigate("funds/batches/not-a-number");
        ServerErrorView error = _get(ServerErrorView.class);
        String text = error.getElement().getTextRecursively();
        assertThat(text).contains("页面出错了").containsPattern("错误编号 [0-9a-f]{8}");
        assertThat(text).doesNotContain("Exception", "NumberFormat", "at java.", "org.bangfu", "com.vaadin");
    }

    @Test
    void aUserWhosePasswordMustChangeSeesOnlyTheChangeScreenUntilTheyChangeIt() {
        String name = "first_" + Long.toString(System.nanoTime(), 36);
        jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, unit_id, password_must_change) "
                        + "VALUES (?, ?, ?, ?, TRUE)")
                .params(name, passwords.encode("initial-secret-1"), name,
                        organization.unitByCode("410102").orElseThrow().id()).update();
        jdbc.sql("INSERT INTO app_user_role (username, role) VALUES (?, 'CASE_WORKER')").param(name).update();
        login(name);
        UI.getCurrent().addBeforeEnterListener(redirect::beforeEnter);

        UI.getCurrent().navigate("");
        _get(ChangePasswordView.class);
        UI.getCurrent().navigate("cases");
        _get(ChangePasswordView.class);

        _get(PasswordField.class, spec -> spec.withId("current-password")).setValue("initial-secret-1");
        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue("my-own-secret-22");
        _get(PasswordField.class, spec -> spec.withId("repeat-password")).setValue("my-own-secret-2");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("repeat-password")).isInvalid()).isTrue();
        assertThat(accounts.passwordMustChange(name)).isTrue();

        _get(PasswordField.class, spec -> spec.withId("repeat-password")).setValue("my-own-secret-22");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(accounts.passwordMustChange(name)).isFalse();
        _get(InboxView.class);
        UI.getCurrent().navigate("cases");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(ChangePasswordView.class);
        // Everyone can change their own password from the header.
        _click(_get(Button.class, spec -> spec.withId("change-own-password")));
        _get(ChangePasswordView.class);
    }
}

package org.bangfu.shell;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("shell.login.title"));
        i18n.getForm().setUsername(getTranslation("shell.login.username"));
        i18n.getForm().setPassword(getTranslation("shell.login.password"));
        i18n.getForm().setSubmit(getTranslation("shell.login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("shell.login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("shell.login.errorTitle"));
        i18n.getErrorMessage().setMessage(getTranslation("shell.login.errorMessage"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")), form,
                Languages.picker());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.login.title");
    }
}

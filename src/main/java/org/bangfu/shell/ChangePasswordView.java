package org.bangfu.shell;

import org.bangfu.organization.Accounts;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The user's own password change. A user whose password must be changed (the first administrator) is sent here
 * before any other screen, without the menu, until the change is done.
 */
@Route(value = "change-password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    public ChangePasswordView(Accounts accounts) {
        setAlignItems(Alignment.CENTER);
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        current.setLabel(getTranslation("account.password.current"));
        next.setLabel(getTranslation("account.password.new"));
        next.setHelperText(getTranslation("account.password.rule", Accounts.MIN_PASSWORD_LENGTH));
        repeat.setLabel(getTranslation("account.password.repeat"));
        current.setId("current-password");
        next.setId("new-password");
        repeat.setId("repeat-password");
        FieldErrors errors = new FieldErrors(this);
        errors.add("currentPassword", current);
        errors.add("newPassword", next);
        errors.add("repeatPassword", repeat);
        save.setText(getTranslation("account.password.save"));
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (!errors.run(() -> {
                if (!next.getValue().equals(repeat.getValue())) {
                    throw new InvalidInputException(FieldError.of("repeatPassword", "account.password.mismatch"));
                }
                accounts.changePassword(username, current.getValue(), next.getValue());
            })) {
                return;
            }
            Notification.show(getTranslation("account.password.changed"));
            getUI().ifPresent(ui -> ui.navigate(""));
        });
        boolean due = accounts.passwordMustChange(username);
        add(new H2(getTranslation("account.password.title")),
                new Paragraph(getTranslation(due ? "account.password.due" : "account.password.intro")),
                current, next, repeat, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.password.title");
    }
}

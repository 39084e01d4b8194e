package org.bangfu.casework.ui;

import org.bangfu.shell.FieldErrors;
import java.util.function.Consumer;


import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

/** A small dialog with fields and one action; a refusal stays in the dialog beside its field. */
public class CaseInputDialog extends Dialog {

    private final Button submit = new Button();
    final FieldErrors errors = new FieldErrors(this);

    CaseInputDialog(String id, String title, String submitText, Consumer<CaseInputDialog> action,
                    Component... fields) {
        setId(id);
        setHeaderTitle(title);
        submit.setText(submitText);
        submit.setId(id + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> errors.run(() -> {
            action.accept(this);
            close();
        }));
        add(new FormLayout(fields));
        getFooter().add(new Button(getTranslation("casework.case.cancel"), click -> close()), submit);
    }
}

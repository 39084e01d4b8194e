package org.bangfu.casework.ui.forms;

import org.bangfu.identification.process.ResolveObjectionTask;
import org.bangfu.shell.ui.Texts;
import org.bangfu.identification.Objection;
import org.bangfu.shared.BangfuException;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** Resolving an objection lodged during the notice: shows it, then upheld (no file) or dismissed, with the finding. */
public class ObjectionForm extends TaskForm<ResolveObjectionTask> {

    private final RadioButtonGroup<Boolean> upheld;
    private final TextArea resolution = new TextArea();

    public ObjectionForm(TaskContext context) {
        super(context);
        FormLayout shown = new FormLayout();
        shown.setId("objection-shown");
        try {
            Objection objection = context.services().verification.objections(context.caseId()).stream()
                    .filter(o -> o.upheld() == null).findFirst()
                    .orElseThrow(() -> new org.bangfu.shared.ConflictException("error.noOpenObjection"));
            Texts.item(shown, getTranslation("casework.form.objection.objector"), objection.objector());
            Texts.item(shown, getTranslation("casework.form.objection.lodgedAt"),
                    Formats.dateTime(objection.lodgedAt()));
            Texts.item(shown, getTranslation("casework.form.objection.content"), objection.content());
        } catch (BangfuException refused) {
            Texts.item(shown, "", getTranslation(refused.messageKey(), refused.args().toArray()));
        }
        upheld = errors.add("upheld", Texts.choice(this, "casework.form.objection.result",
                "casework.form.objection.upheld", "casework.form.objection.dismissed"));
        upheld.setId("objection-upheld");
        resolution.setLabel(getTranslation("casework.form.objection.resolution"));
        resolution.setId("objection-resolution");
        errors.add("resolution", resolution);
        add(new H4(getTranslation("casework.form.objection.title")), shown);
        layout(upheld, resolution);
    }

    @Override
    protected void complete() {
        finish(new ResolveObjectionTask.Resolution(require(upheld.getValue(), "upheld"), resolution.getValue()));
    }
}

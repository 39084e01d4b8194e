package org.bangfu.casework.ui.forms;

import org.bangfu.followup.process.SpotCheckTask;
import org.bangfu.shell.ui.Texts;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** The spot check of a sampled file in the yearly re-verification: confirmed, or corrected with a note. */
public class SpotCheckForm extends TaskForm<SpotCheckTask> {

    private final RadioButtonGroup<Boolean> confirmed;
    private final TextArea note = new TextArea();

    public SpotCheckForm(TaskContext context) {
        super(context);
        FormLayout item = new FormLayout();
        context.services().followUp.latestItem(context.caseId()).ifPresent(i -> {
            Texts.item(item, getTranslation("casework.form.spotCheck.run"), String.valueOf(i.runId()));
            Texts.item(item, getTranslation("casework.form.spotCheck.previousGrade"), grade(i.previousGrade()));
            Texts.item(item, getTranslation("casework.form.spotCheck.newGrade"), grade(i.newGrade()));
        });
        confirmed = errors.add("confirmed", Texts.choice(this, "casework.form.spotCheck.result",
                "casework.form.spotCheck.confirmed", "casework.form.spotCheck.corrected"));
        confirmed.setId("spot-check-confirmed");
        note.setId("spot-check-note");
        note.setLabel(getTranslation("casework.form.note"));
        errors.add("note", note);
        add(item);
        layout(confirmed, note);
    }

    private String grade(String grade) {
        return grade == null ? "" : getTranslation("enum.Grade." + grade);
    }

    @Override
    protected void complete() {
        finish(new SpotCheckTask.Check(require(confirmed.getValue(), "confirmed"), note.getValue()));
    }
}

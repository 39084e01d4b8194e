package org.bangfu.casework.ui.forms;

import org.bangfu.casework.ui.Texts;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** First review by the grass-roots union: passed, or refused with a note (the application then ends). */
public class FirstReviewForm extends TaskForm {

    public final RadioButtonGroup<Boolean> passed;
    public final TextArea note = new TextArea();

    public FirstReviewForm(TaskContext context) {
        super(context);
        passed = errors.add("passed", Texts.choice(this, "casework.form.firstReview.result",
                "casework.form.firstReview.pass", "casework.form.firstReview.refuse"));
        passed.setId("first-review-passed");
        note.setLabel(getTranslation("casework.form.note"));
        note.setId("first-review-note");
        errors.add("note", note);
        layout(passed, note);
    }

    @Override
    protected void complete() {
        context.services().actions.firstReview(context.taskId(), require(passed.getValue(), "passed"),
                note.getValue(), context.user());
    }
}

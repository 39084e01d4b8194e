package org.bangfu.casework.ui.forms;

import org.bangfu.identification.process.FirstReviewTask;
import org.bangfu.shell.ui.Texts;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** First review by the grass-roots union: passed, or refused with a note (the application then ends). */
public class FirstReviewForm extends TaskForm<FirstReviewTask> {

    private final RadioButtonGroup<Boolean> passed;
    private final TextArea note = new TextArea();

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
        finish(new FirstReviewTask.Review(require(passed.getValue(), "passed"), note.getValue()));
    }
}

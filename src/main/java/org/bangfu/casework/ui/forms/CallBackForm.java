package org.bangfu.casework.ui.forms;

import org.bangfu.followup.process.CallBackTask;
import org.bangfu.shell.ui.Texts;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** A call-back on an exited household: stable or relapsed, with a note; a relapse is then reported from the watch-list. */
public class CallBackForm extends TaskForm<CallBackTask> {

    private final RadioButtonGroup<Boolean> relapsed;
    private final TextArea note = new TextArea();

    public CallBackForm(TaskContext context) {
        super(context);
        relapsed = errors.add("relapsed", Texts.choice(this, "casework.form.callBack.result",
                "casework.form.callBack.relapsed", "casework.form.callBack.stable"));
        relapsed.setId("call-back-relapsed");
        note.setId("call-back-note");
        note.setLabel(getTranslation("casework.form.note"));
        errors.add("note", note);
        add(new Paragraph(getTranslation("casework.form.callBack.hint")));
        layout(relapsed, note);
    }

    @Override
    protected void complete() {
        finish(new CallBackTask.CallBack(require(relapsed.getValue(), "relapsed"), note.getValue()));
    }
}

package org.bangfu.casework.ui.forms;

import org.bangfu.followup.process.AssessExitTask;
import org.bangfu.shell.ui.Texts;
import org.bangfu.followup.ExitAssessmentCommand;
import org.bangfu.followup.ExitCheck;
import org.bangfu.followup.ExitOutcome;
import org.bangfu.followup.ExitRoute;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The case worker's exit assessment: shows how many consecutive months the income was above 低保 against the months
 * an exit needs, then proposes exit, relieved or continue.
 */
public class ExitAssessmentForm extends TaskForm<AssessExitTask> {

    private final RadioButtonGroup<ExitOutcome> outcome = new RadioButtonGroup<>();
    private final RadioButtonGroup<Boolean> causesGone;
    private final RadioButtonGroup<ExitRoute> route = new RadioButtonGroup<>();
    private final TextArea note = new TextArea();

    public ExitAssessmentForm(TaskContext context) {
        super(context);
        ExitCheck check = context.services().followUp.exitCheck(context.caseId());
        Paragraph shown = new Paragraph(getTranslation("casework.form.exit.check", check.consecutiveMonthsAbove(),
                check.requiredMonths(), Texts.yesNo(this, check.incomeConditionMet())));
        shown.setId("exit-check");
        outcome.setLabel(getTranslation("casework.form.exit.outcome"));
        outcome.setItems(ExitOutcome.values());
        outcome.setItemLabelGenerator(o -> Texts.enumText(this, o));
        outcome.setId("exit-outcome");
        causesGone = Texts.yesNo(this, "casework.form.exit.causesGone");
        causesGone.setId("exit-causes-gone");
        route.setLabel(getTranslation("statistics.exitRoute"));
        route.setItems(ExitRoute.values());
        route.setItemLabelGenerator(r -> Texts.enumText(this, r));
        route.setId("exit-route");
        note.setId("exit-note");
        note.setLabel(getTranslation("casework.form.note"));
        errors.add("outcome", outcome);
        errors.add("causesGone", causesGone);
        errors.add("route", route);
        errors.add("note", note);
        add(shown);
        layout(outcome, causesGone, route, note);
    }

    @Override
    protected void complete() {
        finish(new ExitAssessmentCommand(outcome.getValue(), causesGone.getValue(), note.getValue(),
                route.getValue()));
    }
}

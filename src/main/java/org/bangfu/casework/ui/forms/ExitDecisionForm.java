package org.bangfu.casework.ui.forms;

import org.bangfu.followup.process.ApproveExitTask;

import org.bangfu.shell.ui.Texts;
import org.bangfu.followup.ExitAssessment;
import org.bangfu.followup.ExitDecisionCommand;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The approver's exit decision: approve with 1–6 gradual-exit months and a monthly aid of at most the set share (60%)
 * of the former monthly aid, shown beside the field; or reject with a reason.
 */
public class ExitDecisionForm extends TaskForm<ApproveExitTask> {

    private final RadioButtonGroup<Boolean> approve;
    private final IntegerField gradualMonths = new IntegerField();
    private final BigDecimalField monthlyAid = new BigDecimalField();
    private final TextArea reason = new TextArea();

    public ExitDecisionForm(TaskContext context) {
        super(context);
        FormLayout shown = new FormLayout();
        shown.setId("exit-assessment");
        ExitAssessment exit = context.detail().exit().orElse(null);
        if (exit != null) {
            Texts.item(shown, getTranslation("casework.form.exit.outcome"), Texts.enumText(this, exit.outcome()));
            Texts.item(shown, getTranslation("casework.form.exit.months"), String.valueOf(exit.monthsAboveDibao()));
            Texts.item(shown, getTranslation("casework.form.exit.causesGone"), Texts.yesNo(this, exit.causesGone()));
            Texts.item(shown, getTranslation("casework.form.note"), exit.note());
            Texts.item(shown, getTranslation("casework.form.exit.assessedBy"),
                    org.bangfu.shell.ui.Persons.name(this, context.services().people, exit.assessedBy()));
            Texts.item(shown, getTranslation("casework.form.exit.formerMonthlyAid"),
                    Formats.money(exit.formerMonthlyAid())).setId("exit-former-aid");
        }
        // the rule (months, 60% cap of the region's settings) is the service's; the form only shows it
        org.bangfu.followup.GradualExitTerms terms = exit == null ? null
                : context.services().followUp.gradualExitTerms(exit.id());
        if (terms != null && terms.maxMonthlyAid() != null) {
            monthlyAid.setHelperText(getTranslation("casework.form.exit.limit", Formats.money(terms.maxMonthlyAid())));
        }
        approve = errors.add("decision", Texts.choice(this, "casework.task.decision", "casework.task.approve",
                "casework.task.reject"));
        approve.setId("exit-approve");
        gradualMonths.setLabel(getTranslation("casework.form.exit.gradualMonths"));
        gradualMonths.setMin(terms == null ? 1 : terms.minMonths());
        gradualMonths.setMax(terms == null ? 6 : terms.maxMonths());
        gradualMonths.setStepButtonsVisible(true);
        gradualMonths.setId("exit-gradual-months");
        monthlyAid.setLabel(getTranslation("casework.form.exit.monthlyAid"));
        monthlyAid.setId("exit-monthly-aid");
        reason.setLabel(getTranslation("casework.form.reason"));
        reason.setId("exit-reason");
        errors.add("gradualMonths", gradualMonths);
        errors.add("monthlyAid", monthlyAid);
        errors.add("reason", reason);
        add(shown);
        layout(approve, gradualMonths, monthlyAid, reason);
    }

    @Override
    protected void complete() {
        finish(new ExitDecisionCommand(approve.getValue(), gradualMonths.getValue(), monthlyAid.getValue(),
                reason.getValue()));
    }
}

package org.bangfu.casework.ui.forms;

import org.bangfu.followup.process.ApproveExitTask;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.bangfu.shell.ui.Texts;
import org.bangfu.followup.ExitAssessment;
import org.bangfu.followup.ExitDecisionCommand;
import org.bangfu.settings.SettingKeys;
import org.bangfu.shared.BangfuException;
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

    public final RadioButtonGroup<Boolean> approve;
    public final IntegerField gradualMonths = new IntegerField();
    public final BigDecimalField monthlyAid = new BigDecimalField();
    public final TextArea reason = new TextArea();

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
            Texts.item(shown, getTranslation("casework.form.exit.assessedBy"), exit.assessedBy());
            Texts.item(shown, getTranslation("casework.form.exit.formerMonthlyAid"),
                    Formats.money(exit.formerMonthlyAid())).setId("exit-former-aid");
            limit(exit).ifPresent(limit -> monthlyAid.setHelperText(getTranslation("casework.form.exit.limit",
                    Formats.money(limit))));
        }
        approve = errors.add("decision", Texts.choice(this, "casework.task.decision", "casework.task.approve",
                "casework.task.reject"));
        approve.setId("exit-approve");
        gradualMonths.setLabel(getTranslation("casework.form.exit.gradualMonths"));
        gradualMonths.setMin(1);
        gradualMonths.setMax(6);
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

    /** The share is a rule setting of the case's region; shown as a hint only, the service decides. */
    private java.util.Optional<BigDecimal> limit(ExitAssessment exit) {
        try {
            String division = context.services().organization.unit(context.detail().hardshipCase().unitId())
                    .divisionCode();
            BigDecimal ratio = context.services().settings.decimal(SettingKeys.GRADUAL_EXIT_MAX_RATIO, division,
                    LocalDate.now());
            return java.util.Optional.of(exit.formerMonthlyAid().multiply(ratio).setScale(2, RoundingMode.DOWN));
        } catch (BangfuException | NullPointerException missing) {
            return java.util.Optional.empty();
        }
    }

    @Override
    protected void complete() {
        finish(new ExitDecisionCommand(approve.getValue(), gradualMonths.getValue(), monthlyAid.getValue(),
                reason.getValue()));
    }
}

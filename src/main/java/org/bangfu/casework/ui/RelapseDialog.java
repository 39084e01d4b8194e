package org.bangfu.casework.ui;

import java.math.BigDecimal;
import java.util.function.Consumer;

import org.bangfu.casework.CaseActions;
import org.bangfu.followup.RelapseReport;
import org.bangfu.identification.HardshipCase;
import org.bangfu.organization.CurrentUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

/** Reporting a relapse of an exited household: its income now and what happened; a new linked file opens. */
final class RelapseDialog {

    private RelapseDialog() {
    }

    static CaseInputDialog open(Component owner, long archivedCaseId, CaseActions actions, CurrentUser user,
                                Consumer<HardshipCase> done) {
        BigDecimalField income = new BigDecimalField(owner.getTranslation("casework.intake.householdYearlyIncome"));
        BigDecimalField rigid = new BigDecimalField(owner.getTranslation("casework.intake.rigidExpenses"));
        TextArea situation = new TextArea(owner.getTranslation("casework.case.relapseSituation"));
        income.setId("relapse-income");
        rigid.setId("relapse-rigid");
        rigid.setValue(BigDecimal.ZERO);
        situation.setId("relapse-situation");
        CaseInputDialog dialog = new CaseInputDialog("report-relapse",
                owner.getTranslation("casework.case.reportRelapse"),
                owner.getTranslation("casework.case.reportRelapseSubmit"), d -> {
                    HardshipCase relapse = actions.reportRelapse(archivedCaseId, new RelapseReport(income.getValue(),
                            rigid.getValue(), situation.getValue()), user);
                    Notification.show(owner.getTranslation("casework.case.relapseFiled", relapse.caseNo()));
                    done.accept(relapse);
                }, income, rigid, situation);
        dialog.errors.add("householdYearlyIncome", income);
        dialog.errors.add("rigidExpenses", rigid);
        dialog.errors.add("situation", situation);
        dialog.open();
        return dialog;
    }
}

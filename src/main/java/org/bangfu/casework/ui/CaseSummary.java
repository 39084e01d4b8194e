package org.bangfu.casework.ui;

import org.bangfu.casework.CaseDetail;
import org.bangfu.grading.GradeInputs;
import org.bangfu.identification.HardshipCase;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;

/** The facts of a case and its grading, read-only, as label and value pairs. */
class CaseSummary extends FormLayout {

    CaseSummary(CaseDetail detail) {
        HardshipCase c = detail.hardshipCase();
        setId("case-summary");
        item("casework.intake.workerName", c.workerName());
        item("casework.case.unit", detail.unitName());
        item("casework.intake.residentId", c.residentIdMasked());
        item("casework.intake.sex", getTranslation("enum.Sex." + c.sex()));
        item("casework.intake.birthDate", c.birthDate().toString());
        item("casework.intake.phone", c.phone());
        item("casework.intake.employer", c.employer());
        item("casework.intake.householdSize", String.valueOf(c.householdSize()));
        item("casework.intake.householdYearlyIncome", Formats.money(c.householdYearlyIncome()));
        item("casework.intake.rigidExpenses", Formats.money(c.rigidExpenses()));
        item("casework.intake.hardshipCause", getTranslation("enum.HardshipCause." + c.hardshipCause()));
        item("casework.intake.bankCard", c.bankCardMasked() + " ("
                + getTranslation("enum.BankAccountKind." + c.bankAccountKind()) + ")");
        item("casework.intake.cardHolderName", c.cardHolderName());
        item("casework.case.fileLevel", getTranslation("enum.FileLevel." + c.fileLevel()));
        item("casework.case.status", getTranslation("enum.CaseStatus." + c.status()));
        item("casework.case.grade", c.grade() == null ? "" : getTranslation("enum.Grade." + c.grade()));
        detail.assessment().ifPresent(a -> {
            GradeInputs in = a.inputs();
            item("casework.case.perCapitaMonthly", Formats.money(in.perCapitaMonthlyIncome()));
            item("casework.case.localDibao", getTranslation("casework.case.dibaoValue",
                    Formats.money(in.localDibao()), in.dibaoDivision(), String.valueOf(in.dibaoYear())));
            item("casework.case.provincialIncome", getTranslation("casework.case.provincialValue",
                    Formats.money(in.provincialPerCapitaIncome()), String.valueOf(in.provincialIncomeYear())));
            item("casework.case.accident", getTranslation(in.accidentEvent() ? "common.yes" : "common.no"));
            item("casework.case.decisionTable", getTranslation("casework.case.decisionVersion",
                    getTranslation("decision." + a.outcome().decisionKey()), a.outcome().decisionVersion()));
        });
    }

    private void item(String labelKey, String value) {
        Span span = new Span(value);
        addFormItem(span, getTranslation(labelKey));
    }
}

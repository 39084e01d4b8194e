package org.bangfu.casework.ui;

import org.bangfu.organization.People;
import org.bangfu.shell.ui.Persons;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Map;

import org.bangfu.approval.AidRequest;
import org.bangfu.approval.ApprovalStep;
import org.bangfu.casework.CaseDetail;
import org.bangfu.casework.TimelineEntry;
import org.bangfu.followup.ExitAssessment;
import org.bangfu.followup.IncomeRecord;
import org.bangfu.followup.Visit;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.grading.GradeAssessment;
import org.bangfu.grading.GradeInputs;
import org.bangfu.identification.AidType;
import org.bangfu.identification.Attachment;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.HouseholdMember;
import org.bangfu.identification.HouseholdProfile;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.MeansCheck;
import org.bangfu.identification.Objection;
import org.bangfu.identification.VerificationVisit;
import org.bangfu.organization.CurrentUser;
import org.bangfu.shell.Formats;
import org.bangfu.shell.ui.Texts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;

/** The read-only sections of the case screen, one builder per section. */
final class CaseSections {

    private final Component owner;
    private final People people;
    private final CaseDetail detail;

    CaseSections(Component owner, CaseDetail detail, People people) {
        this.people = people;
        this.owner = owner;
        this.detail = detail;
    }

    private String who(String username) {
        return Persons.name(owner, people, username);
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    private String e(Enum<?> value) {
        return Texts.enumText(owner, value);
    }

    private String yn(Boolean value) {
        return Texts.yesNo(owner, value);
    }

    private static VerticalLayout column(Component... content) {
        VerticalLayout layout = new VerticalLayout(content);
        layout.setPadding(false);
        return layout;
    }

    Component file() {
        HardshipCase c = detail.hardshipCase();
        FormLayout form = new FormLayout();
        form.setId("case-file");
        Texts.item(form, t("casework.case.kind"), e(c.kind()));
        Texts.item(form, t("casework.case.fileNo"), c.fileNo());
        Texts.item(form, t("casework.case.filedBy"), who(c.filedBy()) + ", " + Formats.dateTime(c.filedAt()));
        Texts.item(form, t("casework.case.openedAt"), Formats.dateTime(c.openedAt()));
        if (c.noticeFrom() != null) {
            Texts.item(form, t("casework.case.notice"), c.noticeFrom() + " ~ " + c.noticeUntil());
        }
        if (c.refusalReason() != null) {
            Texts.item(form, t("casework.case.refusal"), e(c.refusalReason())
                    + (c.refusalNote() == null ? "" : ": " + c.refusalNote()));
        }
        return column(new CaseSummary(detail), form);
    }

    Component household() {
        HouseholdProfile p = detail.household() == null ? null : detail.household().profile();
        FormLayout form = new FormLayout();
        form.setId("case-household-profile");
        if (p != null) {
            Texts.item(form, t("casework.household.ethnicity"), p.ethnicity());
            Texts.item(form, t("casework.household.politicalStatus"), e(p.politicalStatus()));
            Texts.item(form, t("casework.household.health"), e(p.health()));
            Texts.item(form, t("casework.household.disabilityCategory"), p.disabilityCategory());
            Texts.item(form, t("casework.household.maritalStatus"), e(p.maritalStatus()));
            Texts.item(form, t("casework.household.singleParent"), yn(p.singleParent()));
            Texts.item(form, t("casework.household.modelWorkerType"), e(p.modelWorkerType()));
            Texts.item(form, t("casework.household.employmentStatus"), e(p.employmentStatus()));
            Texts.item(form, t("casework.household.employerOwnership"), e(p.employerOwnership()));
            Texts.item(form, t("casework.household.industry"), p.industry());
            Texts.item(form, t("casework.household.ownMonthlyIncome"), Formats.money(p.ownMonthlyIncome()));
            Texts.item(form, t("casework.household.medicalInsurance"), yn(p.medicalInsurance()));
            Texts.item(form, t("casework.household.zeroEmployment"), yn(p.zeroEmployment()));
            Texts.item(form, t("casework.household.selfReliant"), yn(p.selfReliant()));
            Texts.item(form, t("casework.household.housingType"), e(p.housingType()));
            Texts.item(form, t("casework.household.housingArea"), p.housingArea() == null ? ""
                    : p.housingArea().toPlainString());
            Texts.item(form, t("casework.household.hukouType"), e(p.hukouType()));
            Texts.item(form, t("casework.household.hukouDivision"), p.hukouDivision());
            Texts.item(form, t("casework.household.address"), p.address());
            Texts.item(form, t("casework.household.jobCosts"), Formats.money(p.jobCosts()));
            Texts.item(form, t("casework.household.hardshipCosts"), Formats.money(p.hardshipCosts()));
            Texts.item(form, t("casework.household.secondaryCause"), e(p.secondaryCause()));
            Texts.item(form, t("casework.household.migrantWorker"), yn(p.migrantWorker()));
            Texts.item(form, t("casework.household.livesInCity"), yn(p.livesInCity()));
            Texts.item(form, t("casework.household.employmentMonths"), p.employmentMonths() == null ? ""
                    : String.valueOf(p.employmentMonths()));
            Texts.item(form, t("casework.household.accidentEvent"), yn(p.accidentEvent()));
            Texts.item(form, t("casework.household.stillInDifficulty"), yn(p.stillInDifficulty()));
            Texts.item(form, t("casework.household.situation"), p.situation());
        } else {
            form.add(new Paragraph(t("casework.case.noHousehold")));
        }
        Grid<HouseholdMember> members = new Grid<>();
        members.setId("case-members");
        members.setEmptyStateText(t("empty.case-members"));
        members.addColumn(HouseholdMember::name).setHeader(t("casework.household.member.name"));
        members.addColumn(m -> e(m.relation())).setHeader(t("casework.household.member.relation"));
        members.addColumn(m -> e(m.sex())).setHeader(t("casework.intake.sex"));
        members.addColumn(m -> Texts.date(m.birthDate())).setHeader(t("casework.intake.birthDate"));
        members.addColumn(HouseholdMember::residentIdMasked).setHeader(t("casework.intake.residentId"));
        members.addColumn(m -> e(m.health())).setHeader(t("casework.household.member.health"));
        members.addColumn(m -> Formats.money(m.monthlyIncome()))
                .setHeader(t("casework.household.member.monthlyIncome"));
        members.addColumn(m -> e(m.status())).setHeader(t("casework.household.member.status"));
        members.addColumn(m -> m.employerOrSchool() == null ? "" : m.employerOrSchool())
                .setHeader(t("casework.household.member.employerOrSchool"));
        members.setItems(detail.household() == null ? java.util.List.of() : detail.household().members());
        members.setAllRowsVisible(true);
        return column(form, new H4(t("casework.household.section.members")), members);
    }

    Grid<Attachment> attachments(IdentificationService files, CurrentUser user) {
        Grid<Attachment> grid = new Grid<>();
        grid.setId("case-attachments");
        grid.setEmptyStateText(t("empty.case-attachments"));
        grid.addColumn(a -> e(a.kind())).setHeader(t("casework.case.attachmentKind")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            StreamResource resource = new StreamResource(a.fileName(),
                    () -> new ByteArrayInputStream(files.attachmentContent(a.id(), user)));
            Anchor download = new Anchor(resource, a.fileName());
            download.getElement().setAttribute("download", true);
            download.setId("attachment-" + a.id());
            return download;
        }).setHeader(t("casework.case.attachmentFile"));
        grid.addColumn(a -> (a.size() + 1023) / 1024 + " KB").setHeader(t("casework.case.attachmentSize"));
        grid.addColumn(a -> who(a.uploadedBy())).setHeader(t("casework.case.who"))
                .setTooltipGenerator(a -> Persons.login(a.uploadedBy()));
        grid.addColumn(a -> Formats.dateTime(a.uploadedAt())).setHeader(t("casework.case.when"));
        grid.setItems(detail.attachments());
        grid.setAllRowsVisible(true);
        return grid;
    }

    Component verification() {
        FormLayout visit = new FormLayout();
        visit.setId("case-home-visit");
        VerificationVisit v = detail.homeVisit().orElse(null);
        if (v != null) {
            Texts.item(visit, t("casework.form.visitDate"), Texts.date(v.visitDate()));
            Texts.item(visit, t("casework.form.visitors"), v.visitors());
            Texts.item(visit, t("casework.form.findings"), v.findings());
            Texts.item(visit, t("casework.case.authorizationSigned"), yn(v.authorizationSigned()));
            Texts.item(visit, t("casework.case.recordedBy"), who(v.recordedBy()) + ", " + Formats.dateTime(v.recordedAt()));
        } else {
            visit.add(new Paragraph(t("casework.case.none")));
        }
        FormLayout check = new FormLayout();
        check.setId("case-means-check");
        MeansCheck m = detail.meansCheck().orElse(null);
        if (m != null) {
            Texts.item(check, t("casework.form.meansCheck.homesOwned"), String.valueOf(m.homesOwned()));
            Texts.item(check, t("casework.form.meansCheck.privateVehicle"), yn(m.privateVehicle()));
            Texts.item(check, t("casework.form.meansCheck.businessWithEmployees"), yn(m.businessWithEmployees()));
            Texts.item(check, t("casework.form.meansCheck.childAtHighFeeSchool"), yn(m.childAtHighFeeSchool()));
            Texts.item(check, t("casework.form.meansCheck.onDibao"), yn(m.onDibao()));
            Texts.item(check, t("casework.form.meansCheck.checkedOn"), Texts.date(m.checkedOn()));
            Texts.item(check, t("casework.form.meansCheck.source"), t("casework.meansCheck.source." + m.source()));
        } else {
            check.add(new Paragraph(t("casework.case.none")));
        }
        Grid<Objection> objections = new Grid<>();
        objections.setId("case-objections");
        objections.setEmptyStateText(t("empty.case-objections"));
        objections.addColumn(o -> Formats.dateTime(o.lodgedAt())).setHeader(t("casework.form.objection.lodgedAt"));
        objections.addColumn(Objection::objector).setHeader(t("casework.form.objection.objector"));
        objections.addColumn(Objection::content).setHeader(t("casework.form.objection.content"));
        objections.addColumn(o -> o.upheld() == null ? t("casework.case.objectionOpen")
                : t(o.upheld() ? "casework.form.objection.upheld" : "casework.form.objection.dismissed"))
                .setHeader(t("casework.form.objection.result"));
        objections.addColumn(o -> o.resolution() == null ? "" : o.resolution())
                .setHeader(t("casework.form.objection.resolution"));
        objections.setItems(detail.objections());
        objections.setAllRowsVisible(true);
        return column(new H4(t("task.Task_HomeVisit")), visit, new H4(t("task.Task_MeansCheck")), check,
                new H4(t("casework.case.objections")), objections);
    }

    Component grading() {
        FormLayout form = new FormLayout();
        form.setId("case-grading");
        GradeAssessment a = detail.assessment().orElse(null);
        if (a == null) {
            form.add(new Paragraph(t("casework.case.none")));
            return form;
        }
        GradeInputs in = a.inputs();
        Texts.item(form, t("casework.case.grade"), a.outcome().grade() == null ? ""
                : t("enum.Grade." + a.outcome().grade()));
        Texts.item(form, t("casework.case.gradeReason"), a.outcome().reason() == null || a.outcome().reason().isBlank()
                ? "" : reason(a.outcome().reason()));
        Texts.item(form, t("casework.case.decisionTable"), t("casework.case.decisionVersion",
                t("decision." + a.outcome().decisionKey()), a.outcome().decisionVersion()));
        Texts.item(form, t("casework.case.assessedAt"), Formats.dateTime(a.assessedAt()));
        Texts.item(form, t("casework.case.perCapitaMonthly"), Formats.money(in.perCapitaMonthlyIncome()));
        Texts.item(form, t("casework.case.perCapitaAfterJobCosts"),
                Formats.money(in.perCapitaMonthlyIncomeAfterJobCosts()));
        Texts.item(form, t("casework.case.perCapitaYearly"), Formats.money(in.perCapitaYearlyIncome()));
        Texts.item(form, t("casework.case.localDibao"), t("casework.case.dibaoValue", Formats.money(in.localDibao()),
                in.dibaoDivision(), String.valueOf(in.dibaoYear())));
        Texts.item(form, t("casework.case.provincialIncome"), t("casework.case.provincialValue",
                Formats.money(in.provincialPerCapitaIncome()), String.valueOf(in.provincialIncomeYear())));
        Texts.item(form, t("casework.form.meansCheck.homesOwned"), String.valueOf(in.homesOwned()));
        Texts.item(form, t("casework.form.meansCheck.businessWithEmployees"), yn(in.businessWithEmployees()));
        Texts.item(form, t("casework.form.meansCheck.childAtHighFeeSchool"), yn(in.childAtHighFeeSchool()));
        Texts.item(form, t("casework.form.meansCheck.privateVehicle"), yn(in.privateVehicle()));
        Texts.item(form, t("casework.household.migrantWorker"), yn(in.migrantWorker()));
        Texts.item(form, t("casework.household.livesInCity"), yn(in.livesInCity()));
        Texts.item(form, t("casework.household.employmentMonths"), String.valueOf(in.employmentMonths()));
        Texts.item(form, t("casework.case.accident"), yn(in.accidentEvent()));
        Texts.item(form, t("casework.case.hardshipCostRatio"), in.hardshipCostRatio() == null ? ""
                : in.hardshipCostRatio().toPlainString());
        Texts.item(form, t("casework.household.stillInDifficulty"), yn(in.stillInDifficulty()));
        return form;
    }

    /** The grade table's reason code is a refusal reason when it names one. */
    private String reason(String code) {
        try {
            return e(org.bangfu.identification.RefusalReason.valueOf(code));
        } catch (IllegalArgumentException other) {
            return code;
        }
    }

    Grid<ApprovalStep> approvals() {
        Grid<ApprovalStep> grid = new Grid<>();
        grid.setId("case-approvals");
        grid.setEmptyStateText(t("empty.case-approvals"));
        grid.addColumn(s -> t("casework.case.subject." + s.subject().name())).setHeader(t("casework.case.subject"));
        grid.addColumn(s -> e(s.tier())).setHeader(t("casework.case.tier"));
        grid.addColumn(s -> e(s.outcome())).setHeader(t("casework.case.outcome"));
        grid.addColumn(s -> Formats.money(s.amount())).setHeader(t("casework.form.aid.amount"));
        grid.addColumn(s -> who(s.decidedBy())).setHeader(t("casework.case.who"))
                .setTooltipGenerator(s -> Persons.login(s.decidedBy()));
        grid.addColumn(s -> Formats.dateTime(s.decidedAt())).setHeader(t("casework.case.when"));
        grid.addColumn(s -> s.reason() == null ? "" : s.reason()).setHeader(t("casework.form.reason"));
        grid.setItems(detail.approvals());
        grid.setAllRowsVisible(true);
        return grid;
    }

    Component aid() {
        Grid<AidRequest> requests = new Grid<>();
        requests.setId("case-aid-requests");
        requests.setEmptyStateText(t("empty.case-aid-requests"));
        requests.addColumn(r -> Formats.dateTime(r.requestedAt())).setHeader(t("casework.case.when"));
        requests.addColumn(r -> e(r.aidType())).setHeader(t("casework.form.aid.type"));
        requests.addColumn(r -> Formats.money(r.amount())).setHeader(t("casework.form.aid.amount"));
        requests.addColumn(r -> e(r.status())).setHeader(t("casework.case.aidStatus"));
        requests.addColumn(r -> e(r.requiredTier())).setHeader(t("casework.form.aid.requiredTier"));
        requests.addColumn(r -> r.emergency() ? t("casework.case.emergencyRelief") : "")
                .setHeader(t("casework.case.kind"));
        requests.addColumn(AidRequest::purpose).setHeader(t("casework.form.aid.purpose"));
        requests.setItems(detail.aidRequests());
        requests.setAllRowsVisible(true);
        Grid<Map.Entry<AidType, BigDecimal>> granted = new Grid<>();
        granted.setId("case-granted");
        granted.setEmptyStateText(t("empty.case-granted"));
        granted.addColumn(entry -> e(entry.getKey())).setHeader(t("casework.form.aid.type"));
        granted.addColumn(entry -> Formats.money(entry.getValue())).setHeader(t("casework.case.grantedAmount"));
        granted.setItems(detail.grantedThisYear().entrySet().stream().toList());
        granted.setAllRowsVisible(true);
        return column(requests, new H4(t("casework.case.grantedThisYear")), granted);
    }

    Grid<PaymentRecord> payments() {
        Grid<PaymentRecord> grid = new Grid<>();
        grid.setId("case-payments");
        grid.setEmptyStateText(t("empty.case-payments"));
        grid.addColumn(p -> Formats.dateTime(p.recordedAt())).setHeader(t("casework.case.when"));
        grid.addColumn(p -> Formats.money(p.amount())).setHeader(t("funds.payments.amount"));
        grid.addColumn(p -> p.aidType() == null ? p.purpose() : e(p.aidType())).setHeader(t("casework.form.aid.type"));
        grid.addColumn(PaymentRecord::cardMasked).setHeader(t("funds.payments.card"));
        grid.addColumn(p -> t("enum.FundSource." + p.fundSource())).setHeader(t("funds.payments.source"));
        grid.addColumn(p -> t("enum.PaymentStatus." + p.status())
                + (p.failureReason() == null ? "" : " (" + p.failureReason() + ")"))
                .setHeader(t("casework.case.aidStatus"));
        grid.addColumn(p -> p.paidAt() == null ? "" : Formats.dateTime(p.paidAt()))
                .setHeader(t("casework.case.paidAt"));
        grid.setItems(detail.payments());
        grid.setAllRowsVisible(true);
        return grid;
    }

    Component followUp() {
        Grid<Visit> visits = new Grid<>();
        visits.setId("case-visits");
        visits.setEmptyStateText(t("empty.case-visits"));
        visits.addColumn(v -> Texts.date(v.visitDate())).setHeader(t("casework.form.visitDate"));
        visits.addColumn(Visit::visitors).setHeader(t("casework.form.visitors"));
        visits.addColumn(Visit::findings).setHeader(t("casework.form.findings"));
        visits.addColumn(v -> yn(v.hardshipPersists())).setHeader(t("casework.form.visit.hardshipPersists"));
        visits.addColumn(v -> Formats.money(v.perCapitaIncome())).setHeader(t("casework.form.visit.perCapitaIncome"));
        visits.addColumn(v -> photoCount(v.id())).setHeader(t("casework.case.photos"));
        visits.setItems(detail.visits());
        visits.setAllRowsVisible(true);
        Grid<IncomeRecord> incomes = new Grid<>();
        incomes.setId("case-incomes");
        incomes.setEmptyStateText(t("empty.case-incomes"));
        incomes.addColumn(i -> i.month().toString().substring(0, 7)).setHeader(t("casework.case.month"));
        incomes.addColumn(i -> Formats.money(i.perCapitaIncome())).setHeader(t("casework.form.visit.perCapitaIncome"));
        incomes.addColumn(i -> Formats.money(i.localDibao())).setHeader(t("casework.case.localDibao"));
        incomes.addColumn(i -> yn(i.aboveDibao())).setHeader(t("casework.case.aboveDibao"));
        incomes.setItems(detail.incomes());
        incomes.setAllRowsVisible(true);
        FormLayout exit = new FormLayout();
        exit.setId("case-exit");
        ExitAssessment x = detail.exit().orElse(null);
        if (x != null) {
            Texts.item(exit, t("casework.form.exit.outcome"), e(x.outcome()));
            Texts.item(exit, t("casework.form.exit.causesGone"), yn(x.causesGone()));
            Texts.item(exit, t("casework.form.exit.months"), String.valueOf(x.monthsAboveDibao()));
            Texts.item(exit, t("casework.form.exit.assessedBy"), who(x.assessedBy()) + ", "
                    + Formats.dateTime(x.assessedAt()));
            Texts.item(exit, t("casework.form.note"), x.note());
            Texts.item(exit, t("casework.form.exit.formerMonthlyAid"), Formats.money(x.formerMonthlyAid()));
            Texts.item(exit, t("casework.case.exitDecision"), x.decision() == null ? ""
                    : x.decision() + " (" + x.decidedBy() + ")");
            Texts.item(exit, t("casework.form.exit.gradualMonths"), x.gradualMonths() == null ? ""
                    : x.gradualPaidMonths() + " / " + x.gradualMonths());
            Texts.item(exit, t("casework.form.exit.monthlyAid"), Formats.money(x.gradualMonthlyAid()));
        } else {
            exit.add(new Paragraph(t("casework.case.none")));
        }
        return column(new H4(t("casework.case.visits")), visits, new H4(t("casework.case.incomes")), incomes,
                new H4(t("casework.case.exitAssessment")), exit);
    }

    private String photoCount(long visitId) {
        long photos = detail.attachments().stream().filter(a -> a.visitId() != null && a.visitId() == visitId).count();
        return photos == 0 ? "" : String.valueOf(photos);
    }

    Grid<TimelineEntry> timeline() {
        Grid<TimelineEntry> timeline = new Grid<>();
        timeline.setId("case-timeline");
        timeline.setEmptyStateText(t("empty.case-timeline"));
        timeline.addColumn(x -> Formats.dateTime(x.at())).setHeader(t("casework.case.when")).setAutoWidth(true);
        timeline.addColumn(x -> "engine".equals(x.source()) ? t("task." + x.what())
                : t("enum.AuditAction." + x.what())).setHeader(t("casework.case.what"));
        timeline.addColumn(x -> who(x.who())).setHeader(t("casework.case.who"))
                .setTooltipGenerator(x -> Persons.login(x.who()));
        timeline.addColumn(x -> "engine".equals(x.source()) ? t("casework.case.step." + x.detail())
                : x.detail()).setHeader(t("casework.case.detail")).setKey("audit-detail");
        timeline.setItems(detail.timeline());
        timeline.setAllRowsVisible(true);
        return timeline;
    }
}

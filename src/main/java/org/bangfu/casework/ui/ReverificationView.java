package org.bangfu.casework.ui;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.casework.CaseActions;
import org.bangfu.casework.CaseViews;
import org.bangfu.followup.FollowUpService;
import org.bangfu.followup.ReverificationItem;
import org.bangfu.followup.ReverificationRun;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.shell.Formats;
import org.bangfu.shell.ui.Texts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * The yearly re-verification (年度复核): start a run for a year, optionally with a seed so that the spot-check
 * sample can be drawn again the same way; the runs with their file and sample counts and seeds, and per run its files.
 */
@Route("reverification")
@Menu(order = 5, title = "menu.reverification")
@RolesAllowed({Role.ANALYST_NAME, Role.ADMIN_NAME, Role.CASE_WORKER_NAME, Role.APPROVER_NAME})
public class ReverificationView extends VerticalLayout implements HasDynamicTitle {

    private final IntegerField year = new IntegerField();
    private final TextField seed = new TextField();
    private final Button start = new Button();
    private final Grid<ReverificationRun> runs = new Grid<>();
    private final FollowUpService followUp;
    private final org.bangfu.organization.People people;
    private final CaseActions actions;
    private final IdentificationService files;
    private final CaseViews views;
    private final CurrentUser user;

    public ReverificationView(FollowUpService followUp, CaseActions actions, IdentificationService files,
                              CaseViews views, CurrentUsers users, Clock clock, org.bangfu.organization.People people) {
        this.people = people;
        this.followUp = followUp;
        this.actions = actions;
        this.files = files;
        this.views = views;
        this.user = users.require();
        year.setLabel(getTranslation("casework.review.year"));
        year.setValue(LocalDate.now(clock).getYear());
        year.setId("review-year");
        seed.setLabel(getTranslation("casework.review.seed"));
        seed.setHelperText(getTranslation("casework.review.seedHelper"));
        seed.setAllowedCharPattern("[0-9-]");
        seed.setId("review-seed");
        start.setText(getTranslation("casework.review.start"));
        start.setId("review-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> start());
        HorizontalLayout form = new HorizontalLayout(year, seed, start);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        runs.setId("review-runs");
        runs.setEmptyStateText(getTranslation("casework.review.runsEmpty"));
        runs.addColumn(ReverificationRun::year).setHeader(getTranslation("casework.review.year"));
        runs.addColumn(r -> views.unitName(r.unitId())).setHeader(getTranslation("casework.inbox.unit"))
                .setAutoWidth(true);
        runs.addColumn(ReverificationRun::fileCount).setHeader(getTranslation("casework.review.files"));
        runs.addColumn(ReverificationRun::sampleCount).setHeader(getTranslation("casework.review.samples"));
        // the files are told in batches in the background: the run's progress
        runs.addColumn(r -> getTranslation("casework.review.notified", r.notifiedCount(), r.fileCount()))
                .setHeader(getTranslation("casework.review.progress")).setKey("progress");
        runs.addColumn(r -> r.sampleRatio() == null ? "" : r.sampleRatio().toPlainString())
                .setHeader(getTranslation("casework.review.ratio"));
        runs.addColumn(ReverificationRun::seed).setHeader(getTranslation("casework.review.seed"));
        runs.addColumn(r -> org.bangfu.shell.ui.Persons.name(this, people, r.startedBy()))
                .setHeader(getTranslation("casework.case.who"))
                .setTooltipGenerator(r -> org.bangfu.shell.ui.Persons.login(r.startedBy()));
        runs.addColumn(r -> Formats.dateTime(r.startedAt())).setHeader(getTranslation("casework.case.when"));
        runs.setItemDetailsRenderer(new ComponentRenderer<>(this::items));
        add(new H2(getTranslation("casework.review.title")), new Paragraph(getTranslation("casework.review.help")),
                form, runs);
        refresh();
    }

    public void refresh() {
        runs.setItems(followUp.runs(user));
    }

    public void start() {
        year.setInvalid(false);
        seed.setInvalid(false);
        if (year.getValue() == null) {
            year.setErrorMessage(getTranslation("validation.required"));
            year.setInvalid(true);
            return;
        }
        Long chosen;
        try {
            chosen = seed.getValue().isBlank() ? null : Long.valueOf(seed.getValue().trim());
        } catch (NumberFormatException bad) {
            seed.setErrorMessage(getTranslation("validation.format"));
            seed.setInvalid(true);
            return;
        }
        actions.startReverification(year.getValue(), chosen, user);
        Notification.show(getTranslation("casework.review.started", year.getValue()));
        refresh();
    }

    /** The files of a run: sampled or not, grade before and after, the spot check. */
    private Grid<ReverificationItem> items(ReverificationRun run) {
        Grid<ReverificationItem> items = new Grid<>();
        items.setId("review-items-" + run.id());
        items.addColumn(i -> files.caseById(i.caseId()).caseNo()).setHeader(getTranslation("casework.inbox.caseNo"));
        items.addColumn(i -> Texts.yesNo(this, i.sampled())).setHeader(getTranslation("casework.review.sampled"));
        items.addColumn(i -> grade(i.previousGrade())).setHeader(getTranslation("casework.form.spotCheck.previousGrade"));
        items.addColumn(i -> grade(i.newGrade())).setHeader(getTranslation("casework.form.spotCheck.newGrade"));
        items.addColumn(i -> i.spotCheck() == null ? "" : getTranslation("casework.review.check." + i.spotCheck()))
                .setHeader(getTranslation("casework.form.spotCheck.result"));
        items.addColumn(i -> i.note() == null ? "" : i.note()).setHeader(getTranslation("casework.form.note"));
        items.setItems(query -> followUp.items(run.id(), query.getOffset(), query.getLimit()).stream(),
                query -> followUp.itemCount(run.id()));
        items.setEmptyStateText(getTranslation("casework.review.itemsEmpty"));
        items.setHeight("360px");
        return items;
    }

    private String grade(String grade) {
        return grade == null ? "" : getTranslation("enum.Grade." + grade);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.review.title");
    }
}

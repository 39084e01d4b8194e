package org.bangfu.campaign.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bangfu.campaign.BudgetLine;
import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignCommand;
import org.bangfu.campaign.CampaignGroupPlan;
import org.bangfu.campaign.CampaignKind;
import org.bangfu.campaign.CampaignService;
import org.bangfu.campaign.CampaignTarget;
import org.bangfu.campaign.CampaignActions;
import org.bangfu.funds.FundSource;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shell.FieldErrors;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A new campaign plan of the user's unit: name, kind, fund year, period, age cut-off date, report deadline, the
 * participating child units, the target groups with their standards and the budget per unit and fund source. Saved
 * as a draft, or saved and submitted for approval in one go; refusals appear next to their fields.
 */
@Route("campaigns/new")
@RolesAllowed({Role.CASE_WORKER_NAME, Role.APPROVER_NAME})
public class CampaignPlanView extends VerticalLayout implements HasDynamicTitle {

    private final TextField name = new TextField();
    private final ComboBox<CampaignKind> kind = new ComboBox<>();
    private final IntegerField fundYear = new IntegerField();
    private final DatePicker periodFrom = new DatePicker();
    private final DatePicker periodTo = new DatePicker();
    private final DatePicker cutoff = new DatePicker();
    private final DatePicker deadline = new DatePicker();
    private final MultiSelectComboBox<OrgUnit> units = new MultiSelectComboBox<>();
    private final ComboBox<CampaignTarget> groupTarget = new ComboBox<>();
    private final BigDecimalField groupMin = new BigDecimalField();
    private final BigDecimalField groupMax = new BigDecimalField();
    private final IntegerField groupMinAge = new IntegerField();
    private final Button addGroup = new Button();
    private final Grid<CampaignGroupPlan> groups = new Grid<>();
    private final ComboBox<OrgUnit> budgetUnit = new ComboBox<>();
    private final ComboBox<FundSource> budgetSource = new ComboBox<>();
    private final BigDecimalField budgetAmount = new BigDecimalField();
    private final Button addBudget = new Button();
    private final Grid<BudgetLine> budget = new Grid<>();
    private final Button save = new Button();
    private final Button saveAndSubmit = new Button();

    private final List<CampaignGroupPlan> groupRows = new ArrayList<>();
    private final List<BudgetLine> budgetRows = new ArrayList<>();
    private final FieldErrors errors = new FieldErrors(this);
    private final CampaignService campaigns;
    private final CampaignActions actions;
    private final OrganizationService organization;
    private final CurrentUser user;

    public CampaignPlanView(CampaignService campaigns, CampaignActions actions, OrganizationService organization,
                            CurrentUsers users, Clock clock) {
        this.campaigns = campaigns;
        this.actions = actions;
        this.organization = organization;
        this.user = users.require();
        List<OrgUnit> children = organization.children(user.unit().id());

        field(name, "name", "campaign.name");
        name.setWidthFull();
        kind.setItems(CampaignKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("enum.CampaignKind." + k));
        field(kind, "kind", "campaign.kind");
        field(fundYear, "fundYear", "campaign.fundYear");
        fundYear.setValue(LocalDate.now(clock).getYear());
        field(periodFrom, "periodFrom", "campaign.periodFrom");
        field(periodTo, "periodTo", "campaign.periodTo");
        field(cutoff, "cutoffDate", "campaign.cutoff");
        field(deadline, "reportDeadline", "campaign.deadline");
        units.setItems(children);
        units.setItemLabelGenerator(OrgUnit::name);
        field(units, "units", "campaign.units");
        units.setWidthFull();
        units.addValueChangeListener(e -> budgetUnit.setItems(e.getValue()));

        groupTarget.setItems(CampaignTarget.values());
        groupTarget.setItemLabelGenerator(t -> getTranslation("enum.CampaignTarget." + t));
        field(groupTarget, "groupTarget", "campaign.target");
        field(groupMin, "groupMin", "campaign.standardMin");
        field(groupMax, "groupMax", "campaign.standardMax");
        field(groupMinAge, "groupMinAge", "campaign.minAge");
        addGroup.setText(getTranslation("campaign.addGroup"));
        addGroup.setId("campaign-add-group");
        addGroup.addClickListener(e -> {
            if (groupTarget.isEmpty()) {
                groupTarget.setErrorMessage(getTranslation("validation.required"));
                groupTarget.setInvalid(true);
                return;
            }
            groupTarget.setInvalid(false);
            groupRows.removeIf(g -> g.target() == groupTarget.getValue());
            groupRows.add(new CampaignGroupPlan(groupTarget.getValue(), groupMin.getValue(),
                    groupMax.getValue() == null ? groupMin.getValue() : groupMax.getValue(), groupMinAge.getValue()));
            groups.setItems(groupRows);
            groupTarget.clear();
            groupMin.clear();
            groupMax.clear();
            groupMinAge.clear();
        });
        groups.setId("campaign-groups");
        groups.setEmptyStateText(getTranslation("empty.campaign-groups"));
        groups.addColumn(g -> getTranslation("enum.CampaignTarget." + g.target())).setHeader(getTranslation("campaign.target"));
        groups.addColumn(g -> Formats.money(g.standardMin()) + " ~ " + Formats.money(g.standardMax()))
                .setHeader(getTranslation("campaign.standard"));
        groups.addColumn(g -> g.minAge() == null ? "" : String.valueOf(g.minAge())).setHeader(getTranslation("campaign.minAge"));
        groups.addComponentColumn(g -> new Button(getTranslation("campaign.remove"), click -> {
            groupRows.remove(g);
            groups.setItems(groupRows);
        }));
        groups.setAllRowsVisible(true);
        errors.addPrefix("groups", key -> groupTarget);

        budgetUnit.setItemLabelGenerator(OrgUnit::name);
        field(budgetUnit, "budgetUnit", "campaign.unit");
        budgetSource.setItems(FundSource.values());
        budgetSource.setItemLabelGenerator(s -> getTranslation("enum.FundSource." + s));
        field(budgetSource, "budgetSource", "campaign.source");
        field(budgetAmount, "budgetAmount", "campaign.amount");
        addBudget.setText(getTranslation("campaign.addBudget"));
        addBudget.setId("campaign-add-budget");
        addBudget.addClickListener(e -> {
            budgetRows.add(new BudgetLine(budgetUnit.getValue() == null ? null : budgetUnit.getValue().id(),
                    budgetSource.getValue(), budgetAmount.getValue()));
            budget.setItems(budgetRows);
            budgetAmount.clear();
        });
        budget.setId("campaign-budget");
        budget.setEmptyStateText(getTranslation("empty.campaign-budget"));
        budget.addColumn(b -> b.unitId() == null ? "" : organization.unit(b.unitId()).name())
                .setHeader(getTranslation("campaign.unit"));
        budget.addColumn(b -> b.source() == null ? "" : getTranslation("enum.FundSource." + b.source()))
                .setHeader(getTranslation("campaign.source"));
        budget.addColumn(b -> b.amount() == null ? "" : Formats.money(b.amount())).setHeader(getTranslation("campaign.amount"));
        budget.addComponentColumn(b -> new Button(getTranslation("campaign.remove"), click -> {
            budgetRows.remove(b);
            budget.setItems(budgetRows);
        }));
        budget.setAllRowsVisible(true);
        errors.addPrefix("budget", key -> budgetAmount);

        save.setText(getTranslation("campaign.saveDraft"));
        save.setId("campaign-save");
        save.addClickListener(e -> submit(false));
        saveAndSubmit.setText(getTranslation("campaign.saveAndSubmit"));
        saveAndSubmit.setId("campaign-save-submit");
        saveAndSubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveAndSubmit.addClickListener(e -> submit(true));

        FormLayout form = new FormLayout(name, kind, fundYear, periodFrom, periodTo, cutoff, deadline, units);
        form.setColspan(name, 2);
        form.setColspan(units, 2);
        HorizontalLayout groupRow = new HorizontalLayout(groupTarget, groupMin, groupMax, groupMinAge, addGroup);
        groupRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout budgetRow = new HorizontalLayout(budgetUnit, budgetSource, budgetAmount, addBudget);
        budgetRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("campaign.new")), form, new H3(getTranslation("campaign.groups")), groupRow, groups,
                new H3(getTranslation("campaign.budget")), budgetRow, budget, new HorizontalLayout(save, saveAndSubmit));
    }

    private <T extends com.vaadin.flow.component.HasLabel & com.vaadin.flow.component.HasValidation> void field(
            T field, String key, String label) {
        field.setLabel(getTranslation(label));
        ((com.vaadin.flow.component.Component) field).setId("campaign-" + key);
        errors.add(key, field);
    }

    private void submit(boolean andSubmit) {
        errors.run(() -> {
            Campaign campaign = campaigns.plan(new CampaignCommand(name.getValue(), kind.getValue(),
                    fundYear.getValue(), periodFrom.getValue(), periodTo.getValue(), cutoff.getValue(),
                    deadline.getValue(), units.getValue().stream().map(OrgUnit::id).toList(), List.copyOf(groupRows),
                    List.copyOf(budgetRows)), user);
            if (andSubmit) {
                actions.submit(campaign.id(), user);
            }
            getUI().ifPresent(ui -> ui.navigate(CampaignView.route(campaign.id())));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaign.new");
    }
}

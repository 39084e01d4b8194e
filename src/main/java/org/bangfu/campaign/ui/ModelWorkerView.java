package org.bangfu.campaign.ui;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.campaign.ModelWorker;
import org.bangfu.campaign.ModelWorkerCommand;
import org.bangfu.campaign.ModelWorkerHonour;
import org.bangfu.campaign.ModelWorkerService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shell.FieldErrors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * The model-worker list (劳动模范名册) of a unit and everything below it: IDs and accounts masked, the age on a chosen
 * day (the campaign's cut-off date) with a filter for 70 and over, and the form to add an entry, refused field by
 * field next to each field.
 */
@Route("campaigns/model-workers")
@Menu(order = 6.5, title = "campaign.modelWorker.menu")
@RolesAllowed({Role.CASE_WORKER_NAME, Role.APPROVER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class ModelWorkerView extends VerticalLayout implements HasDynamicTitle {

    private final ComboBox<OrgUnit> unit = new ComboBox<>();
    private final DatePicker ageOn = new DatePicker();
    private final Checkbox seventyPlus = new Checkbox();
    private final Grid<ModelWorker> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Button add = new Button();

    private final ModelWorkerService modelWorkers;
    private final Clock clock;
    private final CurrentUser user;
    private final OrganizationService organization;

    public ModelWorkerView(ModelWorkerService modelWorkers, OrganizationService organization, CurrentUsers users,
            Clock clock) {
        this.modelWorkers = modelWorkers;
        this.clock = clock;
        this.user = users.require();
        this.organization = organization;
        unit.setLabel(getTranslation("campaign.modelWorker.unit"));
        subtreeOf(unit);
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setValue(user.unit());
        unit.setId("model-worker-unit");
        ageOn.setId("model-worker-age-on");
        ageOn.setLabel(getTranslation("campaign.modelWorker.ageOn"));
        ageOn.setValue(LocalDate.now(clock));
        seventyPlus.setLabel(getTranslation("campaign.modelWorker.seventyPlus"));
        seventyPlus.setId("model-worker-seventy");
        unit.addValueChangeListener(e -> refresh());
        ageOn.addValueChangeListener(e -> refresh());
        seventyPlus.addValueChangeListener(e -> refresh());
        grid.setId("model-worker-grid");
        grid.setEmptyStateText(getTranslation("campaign.modelWorker.empty"));
        grid.addColumn(ModelWorker::name).setHeader(getTranslation("campaign.modelWorker.name")).setAutoWidth(true);
        grid.addColumn(w -> organization.unit(w.unitId()).name())
                .setHeader(getTranslation("campaign.modelWorker.unit"));
        grid.addColumn(ModelWorker::residentIdMasked).setHeader(getTranslation("campaign.modelWorker.residentId"));
        grid.addColumn(ModelWorker::birthDate).setHeader(getTranslation("campaign.modelWorker.birthDate"));
        grid.addColumn(w -> w.ageOn(day())).setHeader(getTranslation("campaign.modelWorker.age")).setKey("age");
        grid.addColumn(w -> getTranslation("enum.ModelWorkerHonour." + w.honour()))
                .setHeader(getTranslation("campaign.modelWorker.honour"));
        grid.addColumn(ModelWorker::honourYear).setHeader(getTranslation("campaign.modelWorker.honourYear"));
        grid.addColumn(ModelWorker::phone).setHeader(getTranslation("campaign.modelWorker.phone"));
        grid.addColumn(w -> "**** " + w.accountLast4() + " " + w.cardHolderName())
                .setHeader(getTranslation("campaign.modelWorker.account"));
        count.setId("model-worker-count");
        add.setText(getTranslation("campaign.modelWorker.add"));
        add.setId("model-worker-add");
        add.setVisible(user.hasRole(Role.CASE_WORKER) || user.hasRole(Role.APPROVER));
        add.addClickListener(e -> openAdd());
        HorizontalLayout filters = new HorizontalLayout(unit, ageOn, seventyPlus, add);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("campaign.modelWorker.title")), filters, grid, count);
        refresh();
    }

    private LocalDate day() {
        return ageOn.getValue() == null ? LocalDate.now(clock) : ageOn.getValue();
    }

    public void refresh() {
        OrgUnit shown = unit.getValue() == null ? user.unit() : unit.getValue();
        long unitId = shown.id();
        LocalDate seniorsOn = seventyPlus.getValue() ? day() : null;
        int total = modelWorkers.count(unitId, seniorsOn, user); // once per refresh, for the grid and the label
        grid.setItems(query -> modelWorkers.page(unitId, seniorsOn, user, query.getOffset(), query.getLimit())
                .stream(), query -> total);
        count.setText(getTranslation("campaign.modelWorker.count", total));
    }

    /** The user's subtree as a lazy list: one page at a time, filtered by name or code in SQL. */
    private void subtreeOf(ComboBox<OrgUnit> picker) {
        picker.setItems(query -> organization.units(user.unit(), query.getFilter().orElse(null), query.getOffset(),
                query.getLimit()).stream(),
                query -> organization.unitCount(user.unit(), query.getFilter().orElse(null)));
    }

    public AddForm openAdd() {
        AddForm form = new AddForm();
        form.open();
        return form;
    }

    /** The add form: every refusal is shown next to its field; on success the list is read again. */
    public class AddForm extends Dialog {
        private final FieldErrors errors = new FieldErrors(this);
        private final ComboBox<OrgUnit> unitId = errors.add("unitId", new ComboBox<>());
        private final TextField name = errors.add("name", new TextField());
        private final TextField residentId = errors.add("residentId", new TextField());
        private final ComboBox<ModelWorkerHonour> honour = errors.add("honour", new ComboBox<>());
        private final IntegerField honourYear = errors.add("honourYear", new IntegerField());
        private final TextField phone = errors.add("phone", new TextField());
        private final TextField cardHolderName = errors.add("cardHolderName", new TextField());
        private final TextField account = errors.add("bankCard", new TextField());
        private final Checkbox confirmNonCard = new Checkbox();
        private final Button save = new Button();

        AddForm() {
            setId("model-worker-form");
            setHeaderTitle(getTranslation("campaign.modelWorker.add"));
            unitId.setId("model-worker-form-unit");
            unitId.setLabel(getTranslation("campaign.modelWorker.unit"));
            subtreeOf(unitId);
            unitId.setItemLabelGenerator(OrgUnit::name);
            unitId.setValue(unit.getValue() == null ? user.unit() : unit.getValue());
            name.setId("model-worker-name");
            name.setLabel(getTranslation("campaign.modelWorker.name"));
            residentId.setLabel(getTranslation("campaign.modelWorker.residentId"));
            residentId.setId("model-worker-resident-id");
            honour.setId("model-worker-honour");
            honour.setLabel(getTranslation("campaign.modelWorker.honour"));
            honour.setItems(ModelWorkerHonour.values());
            honour.setItemLabelGenerator(h -> getTranslation("enum.ModelWorkerHonour." + h));
            honourYear.setId("model-worker-honour-year");
            honourYear.setLabel(getTranslation("campaign.modelWorker.honourYear"));
            phone.setId("model-worker-phone");
            phone.setLabel(getTranslation("campaign.modelWorker.phone"));
            cardHolderName.setId("model-worker-card-holder-name");
            cardHolderName.setLabel(getTranslation("campaign.modelWorker.cardHolderName"));
            account.setId("model-worker-account");
            account.setLabel(getTranslation("campaign.modelWorker.account"));
            confirmNonCard.setId("model-worker-confirm-non-card");
            confirmNonCard.setLabel(getTranslation("campaign.modelWorker.confirmNonCard"));
            save.setText(getTranslation("campaign.modelWorker.save"));
            save.setId("model-worker-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> save());
            FormLayout form = new FormLayout(unitId, name, residentId, honour, honourYear, phone, cardHolderName,
                    account, confirmNonCard);
            add(form);
            getFooter().add(new Button(getTranslation("campaign.modelWorker.cancel"), e -> close()), save);
        }

        public void save() {
            ModelWorkerCommand command = new ModelWorkerCommand(
                    unitId.getValue() == null ? null : unitId.getValue().id(), name.getValue(),
                    residentId.getValue(), honour.getValue(), honourYear.getValue(), phone.getValue(),
                    cardHolderName.getValue(), account.getValue(), confirmNonCard.getValue());
            errors.run(() -> {
                ModelWorker added = modelWorkers.add(command, user);
                close();
                Notification.show(getTranslation("campaign.modelWorker.added", added.name()));
                refresh();
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaign.modelWorker.title");
    }
}

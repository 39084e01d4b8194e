package org.bangfu.settings.ui;

import org.bangfu.organization.People;
import org.bangfu.shell.ui.Persons;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.settings.NewRuleSetting;
import org.bangfu.settings.RuleSetting;
import org.bangfu.settings.RuleSettings;
import org.bangfu.settings.SettingCatalog;
import org.bangfu.settings.SettingDefinition;
import org.bangfu.shell.FieldErrors;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * Rule settings (规则设置): every version of every value per region, and for analysts and administrators a form
 * to add a version from a date on. Auditors see the same list read-only.
 */
@Route("settings")
@Menu(order = 25, title = "menu.settings")
@RolesAllowed({Role.ANALYST_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class RuleSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final TextField filter = new TextField();
    private final Grid<RuleSetting> grid = new Grid<>();
    private final People people;
    private final ComboBox<String> key = new ComboBox<>();
    private final TextField divisionCode = new TextField();
    private final DatePicker effectiveFrom = new DatePicker();
    private final BigDecimalField value = new BigDecimalField();
    private final Button add = new Button();
    private final FieldErrors fields = new FieldErrors(this);
    private final List<RuleSetting> versions = new ArrayList<>();
    private final ListDataProvider<RuleSetting> rows = new ListDataProvider<>(versions);

    private final RuleSettings settings;
    private final SettingCatalog catalog;
    private final CurrentUser user;
    private final Clock clock;
    private final SettingTexts texts;

    public RuleSettingsView(RuleSettings settings, SettingCatalog catalog, CurrentUsers users, Clock clock,
                            People people) {
        this.people = people;
        this.settings = settings;
        this.catalog = catalog;
        this.user = users.require();
        this.clock = clock;
        this.texts = new SettingTexts(this, catalog);
        add(new H2(getTranslation("settings.rules.title")), new Paragraph(getTranslation("settings.rules.help")));
        if (user.hasRole(Role.ANALYST) || user.hasRole(Role.ADMIN)) {
            add(new H3(getTranslation("settings.rules.new")), form(), add);
        } else {
            add(new Paragraph(getTranslation("settings.rules.readOnly")));
        }
        filter.setId("settings-filter");
        filter.setPlaceholder(getTranslation("settings.rules.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> applyFilter());
        add(filter, grid());
        refresh();
    }

    private FormLayout form() {
        FormLayout form = new FormLayout();
        field(form, "key", key);
        field(form, "divisionCode", divisionCode);
        field(form, "effectiveFrom", effectiveFrom);
        field(form, "value", value);
        key.setAllowCustomValue(true);
        key.setItemLabelGenerator(texts::keyLabel);
        key.addCustomValueSetListener(custom -> {
            keyItems(custom.getDetail().trim());
            key.setValue(custom.getDetail().trim());
        });
        key.addValueChangeListener(change -> value.setHelperText(
                catalog.definition(change.getValue()).map(texts::range).orElse(null)));
        divisionCode.setValue(user.unit().divisionCode());
        divisionCode.setHelperText(getTranslation("settings.rules.divisionCode.helper"));
        effectiveFrom.setHelperText(getTranslation("settings.rules.effectiveFrom.helper"));
        add.setText(getTranslation("settings.rules.add"));
        add.setId("settings-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> submit());
        return form;
    }

    private void field(FormLayout form, String name, com.vaadin.flow.component.Component component) {
        component.setId("settings-" + name);
        ((com.vaadin.flow.component.HasLabel) component).setLabel(getTranslation("settings.rules." + name));
        fields.add(name, (HasValidation) component);
        form.add(component);
    }

    private Grid<RuleSetting> grid() {
        grid.setId("settings-grid");
        grid.setEmptyStateText(getTranslation("empty.settings-grid"));
        // the setting's technical key is for process analysts looking it up: on hover, not as a column
        grid.addColumn(s -> texts.description(s.key())).setHeader(getTranslation("settings.rules.description"))
                .setAutoWidth(true).setFlexGrow(1).setTooltipGenerator(RuleSetting::key);
        grid.addColumn(s -> texts.region(s.divisionCode())).setHeader(getTranslation("settings.rules.region"))
                .setAutoWidth(true);
        grid.addColumn(RuleSetting::effectiveFrom).setHeader(getTranslation("settings.rules.effectiveFrom"))
                .setAutoWidth(true);
        grid.addColumn(s -> texts.value(s.key(), s.value())).setHeader(getTranslation("settings.rules.value"))
                .setAutoWidth(true);
        grid.addColumn(this::status).setHeader(getTranslation("settings.rules.status")).setAutoWidth(true);
        grid.addColumn(r -> Persons.name(this, people, r.changedBy()))
                .setHeader(getTranslation("settings.rules.changedBy")).setTooltipGenerator(r -> Persons.login(r.changedBy()));
        grid.addColumn(s -> Formats.dateTime(s.changedAt())).setHeader(getTranslation("settings.rules.changedAt"))
                .setAutoWidth(true);
        grid.setItems(rows);
        return grid;
    }

    /** In force today, planned for a later date, or replaced by a newer version of the same key and region. */
    private String status(RuleSetting version) {
        LocalDate today = LocalDate.now(clock);
        if (version.effectiveFrom().isAfter(today)) {
            return getTranslation("settings.rules.status.planned");
        }
        boolean replaced = versions.stream().anyMatch(other -> other.key().equals(version.key())
                && other.divisionCode().equals(version.divisionCode())
                && other.effectiveFrom().isAfter(version.effectiveFrom()) && !other.effectiveFrom().isAfter(today));
        return getTranslation(replaced ? "settings.rules.status.replaced" : "settings.rules.status.current");
    }

    private void refresh() {
        versions.clear();
        versions.addAll(settings.versions());
        rows.refreshAll();
        keyItems(null);
    }

    /** The known keys, any key already stored and a key just typed in. */
    private void keyItems(String typed) {
        Set<String> keys = new LinkedHashSet<>();
        catalog.definitions().stream().map(SettingDefinition::key).forEach(keys::add);
        versions.stream().map(RuleSetting::key).sorted(Comparator.naturalOrder()).forEach(keys::add);
        if (typed != null && !typed.isEmpty()) {
            keys.add(typed);
        }
        String selected = key.getValue();
        key.setItems(List.copyOf(keys));
        key.setValue(selected);
    }

    private void applyFilter() {
        String text = filter.getValue() == null ? "" : filter.getValue().trim().toLowerCase(Locale.ROOT);
        rows.setFilter(s -> text.isEmpty() || s.key().toLowerCase(Locale.ROOT).contains(text)
                || texts.description(s.key()).toLowerCase(Locale.ROOT).contains(text));
    }

    void submit() {
        fields.run(() -> {
            RuleSetting saved = settings.addVersion(new NewRuleSetting(key.getValue(), divisionCode.getValue(),
                    effectiveFrom.getValue(), value.getValue()), user);
            Notification.show(getTranslation("settings.rules.added", texts.description(saved.key()),
                    texts.region(saved.divisionCode()), saved.effectiveFrom().toString(),
                    texts.value(saved.key(), saved.value())));
            value.clear();
            refresh();
        });
    }


    @Override
    public String getPageTitle() {
        return getTranslation("settings.rules.title");
    }
}

package org.bangfu.campaign.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bangfu.campaign.CampaignTarget;
import org.bangfu.organization.OrgUnit;
import org.bangfu.shell.FieldErrors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;

/**
 * A new delegation: who goes (leader, members, departments, liaison), where (places) and what is given at each place
 * (an editable grid of items, prefilled with the usual plan: one enterprise, one grass-roots unit, one model worker,
 * two hardship households). Item refusals ({@code items[i].amountPerItem} …) are shown in their row.
 */
public class DelegationForm extends Dialog {

    private static final Pattern ITEM_FIELD = Pattern.compile("items\\[(\\d+)]\\.(\\w+)");

    final FieldErrors errors = new FieldErrors(this);
    final TextField name = errors.add("name", new TextField());
    final TextField leader = errors.add("leader", new TextField());
    final TextArea members = errors.add("members", new TextArea());
    final TextArea departments = errors.add("departments", new TextArea());
    final TextField liaison = errors.add("liaison", new TextField());
    final MultiSelectComboBox<OrgUnit> places = errors.add("placeUnitIds", new MultiSelectComboBox<>());
    private final Grid<ItemRow> items = new Grid<>();
    final List<ItemRow> rows = new ArrayList<>();
    private final Button addItem = new Button();
    private final Button save = new Button();
    private final DelegationView view;
    /** Numbers the item rows' ids (delegation-item-N-…) in the order they were added, removed ones included. */
    private int itemsCreated;

    /** One editable item row: its fields live as long as the row. */
    public final class ItemRow {
        final ComboBox<CampaignTarget> target = new ComboBox<>();
        final IntegerField perPlace = new IntegerField();
        final BigDecimalField amount = new BigDecimalField();

        ItemRow(CampaignTarget initialTarget, Integer initialPerPlace, BigDecimal initialAmount) {
            int number = itemsCreated++;
            target.setId("delegation-item-" + number + "-target");
            perPlace.setId("delegation-item-" + number + "-per-place");
            amount.setId("delegation-item-" + number + "-amount");
            target.setItems(CampaignTarget.values());
            target.setItemLabelGenerator(view::target);
            target.setValue(initialTarget);
            perPlace.setValue(initialPerPlace);
            perPlace.setMin(1);
            amount.setValue(initialAmount);
        }
    }

    DelegationForm(DelegationView view, CallbackDataProvider.FetchCallback<OrgUnit, String> placeOptions,
                   CallbackDataProvider.CountCallback<OrgUnit, String> placeCount) {
        this.view = view;
        setId("delegation-form");
        setHeaderTitle(getTranslation("campaign.delegation.new"));
        setWidth("900px");
        name.setId("delegation-name");
        name.setLabel(getTranslation("campaign.delegation.name"));
        leader.setId("delegation-leader");
        leader.setLabel(getTranslation("campaign.delegation.leader"));
        members.setId("delegation-members");
        members.setLabel(getTranslation("campaign.delegation.members"));
        departments.setId("delegation-departments");
        departments.setLabel(getTranslation("campaign.delegation.departments"));
        liaison.setId("delegation-liaison");
        liaison.setLabel(getTranslation("campaign.delegation.liaison"));
        places.setLabel(getTranslation("campaign.delegation.places"));
        places.setItems(placeOptions, placeCount);
        places.setItemLabelGenerator(OrgUnit::name);
        places.setId("delegation-places");
        items.setId("delegation-items");
        items.setEmptyStateText(getTranslation("empty.delegation-items"));
        items.addComponentColumn(r -> r.target).setHeader(getTranslation("campaign.delegation.item.target"))
                .setKey("target").setFlexGrow(2);
        items.addComponentColumn(r -> r.perPlace).setHeader(getTranslation("campaign.delegation.item.perPlace"))
                .setKey("perPlace");
        items.addComponentColumn(r -> r.amount).setHeader(getTranslation("campaign.delegation.item.amount"))
                .setKey("amount");
        items.addComponentColumn(r -> new Button(getTranslation("campaign.delegation.item.remove"), e -> {
            rows.remove(r);
            items.setItems(rows);
        })).setKey("remove");
        items.setAllRowsVisible(true);
        addRow(CampaignTarget.ENTERPRISE, 1, new BigDecimal("30000"));
        addRow(CampaignTarget.GRASSROOTS_UNIT, 1, new BigDecimal("20000"));
        addRow(CampaignTarget.MODEL_WORKER, 1, new BigDecimal("2000"));
        addRow(CampaignTarget.FILED_HARDSHIP, 2, new BigDecimal("2000"));
        errors.addPrefix("items[", this::itemField);
        addItem.setId("delegation-add-item");
        addItem.setText(getTranslation("campaign.delegation.item.add"));
        addItem.addClickListener(e -> addRow(null, 1, null));
        save.setText(getTranslation("campaign.delegation.save"));
        save.setId("delegation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (view.save(this)) {
                close();
            }
        });
        FormLayout who = new FormLayout(name, leader, members, departments, liaison, places);
        add(who, new Span(getTranslation("campaign.delegation.items")), items, addItem);
        getFooter().add(new Button(getTranslation("campaign.delegation.cancel"), e -> close()), save);
    }

    public ItemRow addRow(CampaignTarget target, Integer perPlace, BigDecimal amount) {
        ItemRow row = new ItemRow(target, perPlace, amount);
        rows.add(row);
        items.setItems(rows);
        return row;
    }

    /** The field of a refused item, e.g. {@code items[2].amountPerItem}. */
    private HasValidation itemField(String field) {
        Matcher m = ITEM_FIELD.matcher(field);
        if (!m.matches() || Integer.parseInt(m.group(1)) >= rows.size()) {
            return null;
        }
        ItemRow row = rows.get(Integer.parseInt(m.group(1)));
        return switch (m.group(2)) {
            case "target" -> row.target;
            case "perPlace" -> row.perPlace;
            case "amountPerItem" -> row.amount;
            default -> null;
        };
    }

    public void clearItemErrors() {
        rows.forEach(r -> {
            r.target.setInvalid(false);
            r.perPlace.setInvalid(false);
            r.amount.setInvalid(false);
        });
    }
}

package org.bangfu.keys.ui;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.keys.KeyRotation;
import org.bangfu.keys.KeyRotationStatus;
import org.bangfu.keys.KeyRotationStatus.TableProgress;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * For administrators: the crypto keys (which ids are configured, which one is current) and the key rotation that
 * moves stored values to the current key, with its progress per table, refreshed every few seconds while it runs.
 */
@Route("admin/keys")
@Menu(order = 41, title = "menu.keys")
@RolesAllowed(Role.ADMIN_NAME)
public class KeysView extends VerticalLayout implements HasDynamicTitle {

    private final KeyRotation rotation;
    private final org.bangfu.organization.People people;
    private final CurrentUser user;
    private final Paragraph keys = new Paragraph();
    private final Paragraph state = new Paragraph();
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Grid<TableProgress> tables = new Grid<>();
    private final Button start = new Button();
    private final Button refresh = new Button();
    private com.vaadin.flow.shared.Registration polling;

    public KeysView(KeyRotation rotation, CurrentUsers users, org.bangfu.organization.People people) {
        this.people = people;
        this.rotation = rotation;
        this.user = users.require();
        keys.setId("keys-configured");
        state.setId("keys-rotation-state");
        progress.setId("keys-rotation-progress");
        tables.setId("keys-rotation-tables");
        tables.setEmptyStateText(getTranslation("empty.keys-rotation-tables"));
        tables.addColumn(t -> getTranslation("keys.table." + t.table())).setHeader(getTranslation("keys.table.name"))
                .setAutoWidth(true).setTooltipGenerator(TableProgress::table);
        tables.addColumn(TableProgress::doneRows).setHeader(getTranslation("keys.table.done"));
        tables.addColumn(TableProgress::totalRows).setHeader(getTranslation("keys.table.total"));
        tables.addColumn(TableProgress::unreadable).setHeader(getTranslation("keys.table.unreadable"));
        tables.addColumn(t -> getTranslation(t.finished() ? "keys.table.finished" : "keys.table.pending"))
                .setHeader(getTranslation("keys.table.state"));
        tables.setAllRowsVisible(true);
        start.setText(getTranslation("keys.start"));
        start.setId("keys-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> startRotation());
        refresh.setText(getTranslation("keys.refresh"));
        refresh.setId("keys-refresh");
        refresh.addClickListener(click -> render());
        add(new H2(getTranslation("keys.title")), new Paragraph(getTranslation("keys.explain")), keys,
                new HorizontalLayout(start, refresh), state, progress, tables);
        render();
    }

    public void startRotation() {
        rotation.start(user);
        Notification.show(getTranslation("keys.started"));
        render();
    }

    public void render() {
        KeyRotation.KeyInfo info = rotation.keys();
        keys.setText(getTranslation("keys.configured", info.currentKeyId(), info.configuredKeyIds().stream()
                .map(id -> "k" + id).collect(Collectors.joining(", "))));
        Optional<KeyRotationStatus> latest = rotation.latest(user);
        progress.setVisible(latest.isPresent());
        tables.setItems(latest.map(KeyRotationStatus::tables).orElse(List.of()));
        start.setEnabled(latest.map(s -> s.state() != KeyRotationStatus.State.RUNNING).orElse(true));
        state.setText(latest.map(s -> getTranslation("keys.state." + s.state(), s.targetKeyId(),
                        org.bangfu.shell.ui.Persons.name(this, people, s.startedBy()),
                        Formats.dateTime(s.startedAt()), Formats.dateTime(s.finishedAt()), s.doneRows(), s.totalRows(),
                        s.percent(), s.failure() == null ? "" : s.failure()))
                .orElse(getTranslation("keys.state.none")));
        latest.ifPresent(s -> progress.setValue(s.percent()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // follow a running rotation without a click
        event.getUI().setPollInterval(3000);
        polling = event.getUI().addPollListener(poll -> render());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("keys.title");
    }
}
